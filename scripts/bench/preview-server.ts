import { spawn, type ChildProcess } from 'node:child_process'
import { bin } from './run-command.ts'

// `vite preview` of one built output, as the end-to-end tests serve the site.
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    bin('vite'),
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  )
  const url = `http://localhost:${port}/`
  for (let attempt = 0; attempt < 200; attempt++) {
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  stopPreview(child)
  throw new Error(`vite preview did not start on ${url}`)
}

// The server runs in a process group of its own, so the whole group is stopped.
export function stopPreview(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGTERM')
}

export async function withPreview<T>(
  outDir: string,
  port: number,
  measure: (origin: string) => Promise<T>,
): Promise<T> {
  const preview = await startPreview(outDir, port)
  try {
    return await measure(`http://localhost:${port}`)
  } finally {
    stopPreview(preview)
  }
}
