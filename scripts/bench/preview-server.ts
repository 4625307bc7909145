import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  )

// `vite preview` of one built output, as the end-to-end tests serve the site. A server already
// on the port would be measured instead of this output, so that stops the bench. `checkout` is
// the version of Lede whose server (its headers and policy) serves it.
export async function startPreview(
  outDir: string,
  port: number,
  checkout = process.cwd(),
): Promise<ChildProcess> {
  const url = `http://localhost:${port}/`
  if (await answers(url)) throw new Error(`something already answers on ${url}: stop it first`)
  const child = spawn(
    path.join(checkout, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true, cwd: checkout },
  )
  let exited = false
  child.on('exit', () => {
    exited = true
  })
  for (let attempt = 0; attempt < 200 && !exited; attempt++) {
    if (await answers(url)) return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stopPreview(child)
  throw new Error(`vite preview did not start on ${url}`)
}

// The server runs in a process group of its own, so the whole group is stopped, and the port
// is free again once this resolves.
export async function stopPreview(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  await exited
}

export async function withPreview<T>(
  outDir: string,
  port: number,
  measure: (origin: string) => Promise<T>,
  checkout?: string,
): Promise<T> {
  const preview = await startPreview(outDir, port, checkout)
  try {
    return await measure(`http://localhost:${port}`)
  } finally {
    await stopPreview(preview)
  }
}
