import { Worker } from 'node:worker_threads'

// A worker does not inherit this process's TypeScript loader: it registers tsx (which runs
// every build script) before it loads the worker module.
export function startTsWorker(module: URL, workerData?: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(module.href)}) })`
  return new Worker(boot, { eval: true, workerData })
}
