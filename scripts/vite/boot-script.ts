import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Plugin } from 'vite'

const entry = fileURLToPath(new URL('../../src/boot.ts', import.meta.url))

// src/boot.ts becomes /boot.js, the one classic script a page blocks on: bundled with what it
// imports (the settings' own list of choices) into a single script with no imports, since a
// blocking script cannot be a module. Every page loads it before its first paint, so the build
// minifies it.
export async function bundleBoot(minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify,
    legalComments: 'none',
  })
  const code = result.outputFiles[0]?.text
  if (code === undefined) throw new Error('esbuild wrote no boot.js')
  return code
}

export function bootScriptPlugin(): Plugin {
  let outDir = 'dist'
  let writesBoot = true
  return {
    name: 'lede-boot-script',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
      // The server bundle the prerender step builds has no page, so no boot.js.
      writesBoot = !config.build.ssr
    },
    // The dev server bundles it afresh on each request, so an edit shows on the next reload.
    configureServer(server) {
      server.middlewares.use('/boot.js', (_request, response, next) => {
        bundleBoot(false).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
          response.end(code)
        }, next)
      })
    },
    async closeBundle() {
      if (!writesBoot) return
      await writeFile(path.join(outDir, 'boot.js'), await bundleBoot(true))
    },
  }
}
