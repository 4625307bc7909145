import type { Plugin } from 'vite'

// While `npm run dev` runs, an edited article is rebuilt and the page reloads, so an editor sees
// the change (or the content build's complaint, in the terminal) at once. It builds through the
// same buildSite as `npm run content`, loaded on the first change so `vite build` never pays.
export function contentWatchPlugin(folder = 'content/articles'): Plugin {
  return {
    name: 'lede-content-watch',
    apply: 'serve',
    configureServer(server) {
      let running: Promise<void> | null = null
      let again = false
      const rebuild = async (): Promise<void> => {
        const { defaultFolders, runContentBuild } =
          await import('../../src/content-build/build-content-folder.ts')
        const ok = await runContentBuild({ ...defaultFolders, content: folder }).catch(
          (error: unknown) => {
            server.config.logger.error(String(error))
            return false
          },
        )
        if (ok) server.ws.send({ type: 'full-reload' })
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
