import { spawn } from 'node:child_process'
import type { Plugin } from 'vite'

// While `npm run dev` runs, an edited article is rebuilt and the page reloads, so an editor sees
// the change (or the content build's complaint, in the terminal) at once.
export function contentWatchPlugin(folder = 'content/articles'): Plugin {
  return {
    name: 'lede-content-watch',
    apply: 'serve',
    configureServer(server) {
      let running: Promise<void> | null = null
      let again = false
      const rebuild = async (): Promise<void> => {
        const code = await new Promise<number | null>((resolve) => {
          const child = spawn('npx', ['tsx', 'scripts/build-content.ts'], { stdio: 'inherit' })
          child.on('exit', resolve)
          child.on('error', () => resolve(1))
        })
        if (code === 0) server.ws.send({ type: 'full-reload' })
        if (again) {
          again = false
          return rebuild()
        }
      }
      const onChange = (file: string) => {
        if (!file.includes(folder) || !file.endsWith('.md')) return
        if (running) {
          again = true
          return
        }
        running = rebuild().finally(() => (running = null))
      }
      server.watcher.add(folder)
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, onChange)
    },
  }
}
