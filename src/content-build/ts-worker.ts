import { Worker } from 'node:worker_threads'

// A worker module as scripts/run-script.mjs bundled it with the script that starts it, by the
// source module's URL; none when the script runs through tsx.
function bundledWorker(module: URL): string | undefined {
  const map = process.env.LEDE_BUNDLED_WORKERS
  if (!map) return undefined
  try {
    const workers = JSON.parse(map) as Record<string, unknown>
    const bundled = workers[module.href]
    return typeof bundled === 'string' ? bundled : undefined
  } catch {
    return undefined
  }
}

// Starts a worker module: its bundle, when the script that starts it was bundled with it;
// otherwise through tsx, which a worker does not inherit from this process, so it registers
// tsx before it loads the worker module.
export function startTsWorker(module: URL, workerData?: unknown): Worker {
  const bundled = bundledWorker(module)
  if (bundled) return new Worker(new URL(bundled), { workerData })
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(module.href)}) })`
  return new Worker(boot, { eval: true, workerData })
}
