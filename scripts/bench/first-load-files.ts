import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Compressed = { files: number; raw: number; gzip: number; brotli: number }

async function sizes(outDir: string, files: string[]): Promise<Compressed> {
  const buffers = await Promise.all(files.map((file) => readFile(path.join(outDir, file))))
  const brotli = (buffer: Buffer) =>
    brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  return {
    files: files.length,
    raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
    gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
    brotli: buffers.reduce((sum, buffer) => sum + brotli(buffer), 0),
  }
}

// The JavaScript and CSS an article page loads before it can run: its scripts (boot.js, and the
// app's entry, which boot.js is given in data-app), any modulepreloads and its stylesheets, read
// from the prerendered HTML itself.
export async function firstLoadFiles(outDir: string, html: string) {
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '')
  const js = [
    ...refs(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...refs(/<script\b[^>]*\bdata-app="([^"]+)"/g),
    ...refs(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ]
  const css = refs(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)
  return { js: await sizes(outDir, js), css: await sizes(outDir, css) }
}
