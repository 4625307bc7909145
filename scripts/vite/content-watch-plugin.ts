import path from 'node:path'
import type { Plugin } from 'vite'

const IMAGE_FILE = /\.(?:jpe?g|png|webp)$/i

// What the content build reads: the articles' Markdown, and the images they show (a replaced
// photo gets new files, under new names, in the articles that show it).
export function isContentChange(file: string, articles: string, images: string): boolean {
  const inside = (folder: string) => {
    const relative = path.relative(path.resolve(folder), path.resolve(file))
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  }
  return (inside(articles) && file.endsWith('.md')) || (inside(images) && IMAGE_FILE.test(file))
}

// While `npm run dev` runs, an edited article or image is rebuilt and the page reloads, so an
// editor sees the change (or the content build's complaint, in the terminal) at once. It builds
// through the same buildSite as `npm run content`, loaded on the first change so `vite build`
// never pays.
export function contentWatchPlugin(
  folder = 'content/articles',
  images = path.join(path.dirname(folder), 'images'),
): Plugin {
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
        if (!isContentChange(file, folder, images)) return
        if (running) {
          again = true
          return
        }
        running = rebuild().finally(() => (running = null))
      }
      server.watcher.add([folder, images])
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, onChange)
    },
  }
}
