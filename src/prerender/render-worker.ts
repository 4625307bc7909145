import { parentPort, workerData } from 'node:worker_threads'
import { z } from 'zod'
import { loadRenderer, RenderContextSchema } from './page-renderer.ts'
import { PageJobSchema } from './page-job.ts'

// One render thread of the prerender (worker-pool.ts): loads the server bundle once, then
// brings each batch of pages it is sent up to date, writing each page as it is rendered, and
// answers with their keys. A page that fails to render is thrown, which stops the thread and
// fails the run.
// Batches sent while the bundle loads wait in the port until there is a listener.
const render = await loadRenderer(RenderContextSchema.parse(workerData))

parentPort?.on('message', (message: unknown) => {
  const jobs = z.array(PageJobSchema).parse(message)
  parentPort?.postMessage(jobs.map(render))
})
