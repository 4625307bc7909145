import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import type { ContentChange } from '../../src/articles/dev-content-refresh.ts'

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

// Builds a file's text, then reads it again a moment later and builds again while it holds a
// newer text than the one just built: a save read half-written (often empty) is built once it
// is whole, even when the watcher reports only the first of its writes. At most a few times:
// the whole build that follows settles anything later.
export async function buildEachText(
  read: () => string,
  built: (text: string) => boolean,
  build: (text: string) => Promise<void>,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 30)),
  tries = 5,
): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt++) {
    const text = read()
    if (built(text)) return
    await build(text)
    await pause()
  }
}

// While `npm run dev` runs, an edited article or image is rebuilt and the page shows it, so an
// editor sees the change (or the content build's complaint, in the terminal) at once. Two
// builds follow an edit:
// - the edited article alone, in this process (build-one-article.ts): the page shows it in a
//   fraction of a second, with what the collection last gave it;
// - the whole content build, as `npm run content` runs it, in a process of its own so the dev
//   server goes on answering while it runs (seconds at 10,000 articles). It writes every file
//   as it must be, reports any problem, and the page fetches its data once more.
// An edit while the whole build runs is built alone at once, and the whole build runs again
// when the current one ends.
export function contentWatchPlugin(
  folder = 'content/articles',
  images = path.join(path.dirname(folder), 'images'),
): Plugin {
  return {
    name: 'lede-content-watch',
    apply: 'serve',
    configureServer(server) {
      const log = server.config.logger
      // The page shows the new data (src/articles/dev-content-refresh.ts), without a reload.
      const refresh = (change: ContentChange) =>
        server.ws.send({ type: 'custom', event: 'lede:content', data: change })
      // Loaded when the server starts rather than on the first edit, so the first edit is as
      // quick as the rest; `vite build` never loads it.
      const oneArticle = import('../../src/content-build/build-one-article.ts')
      const folders = import('../../src/content-build/content-folders.ts').then((loaded) => ({
        ...loaded.defaultFolders,
        content: folder,
      }))
      // Code that fails to load is reported at the first edit (buildOne), not as a rejection
      // nobody handles, which would stop the dev server.
      oneArticle.catch(() => undefined)
      folders.catch(() => undefined)
      let running = false
      let again = false
      const buildAll = () => {
        if (running) {
          again = true
          return
        }
        running = true
        const launcher = fileURLToPath(new URL('../run-script.mjs', import.meta.url))
        const script = fileURLToPath(new URL('../build-content.ts', import.meta.url))
        const child = spawn(process.execPath, [launcher, script, '--content', folder], {
          stdio: 'inherit',
        })
        child.on('error', (error) => log.error(`content build did not start: ${error.message}`))
        child.on('close', (code) => {
          running = false
          if (code === 0) refresh({ article: null })
          if (again) {
            again = false
            buildAll()
          }
        })
      }
      // A save is often two events (the file emptied, then written), and the watcher may report
      // only the first: an article is built alone once for each text it is saved with, and
      // built again while its file no longer holds the text just built.
      const lastText = new Map<string, string>()
      const buildOne = async (file: string) => {
        try {
          const { buildOneArticle } = await oneArticle
          await buildEachText(
            () => readFileSync(file, 'utf8'),
            (text) => lastText.get(file) === text,
            async (text) => {
              lastText.set(file, text)
              const built = await buildOneArticle(file, await folders, text)
              if (built) refresh({ article: built.slug, written: built.written })
            },
          )
        } catch (error: unknown) {
          // The whole build that follows reports what is wrong with the article.
          log.warn(
            `content: ${path.relative(process.cwd(), file)} waits for the whole build (${String(error)})`,
          )
        }
      }
      // The whole build starts once the saves stop for a moment, so a burst of them (a folder
      // copied in, an editor saving twice) is one build, and the page shows the article built
      // alone before the whole build takes the processor.
      let timer: NodeJS.Timeout | undefined
      const soon = () => {
        clearTimeout(timer)
        timer = setTimeout(buildAll, 300)
      }
      const onChange = (event: string) => (file: string) => {
        if (!isContentChange(file, folder, images)) return
        const article = event === 'change' && file.endsWith('.md')
        void (article ? buildOne(file) : Promise.resolve()).finally(soon)
      }
      server.watcher.add([folder, images])
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, onChange(event))
    },
  }
}
