import { cp, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { generateCorpus } from '../generate-corpus.ts'
import { run } from './run-command.ts'

export type BuiltCorpus = {
  size: number
  out: string
  contentSeconds: number
  prerenderSeconds: number
  // The data and pages this corpus made, without the client's own files.
  producedBytes: number
  listBytes: number
}

async function folderBytes(dir: string, skip: (relative: string) => boolean) {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && !skip(path.relative(dir, file))) total += (await stat(file)).size
  }
  return total
}

// Generates a corpus of `size` articles, then builds and prerenders it beside a copy of the
// client build. Only the content build and the prerender are timed, each a cold run with caches
// of its own.
export async function buildCorpus(
  root: string,
  client: string,
  template: string,
  size: number,
  keep: boolean,
): Promise<BuiltCorpus> {
  const content = path.join(root, `content-${size}`)
  const out = path.join(root, `out-${size}`)
  await generateCorpus(content, size)
  await cp(client, out, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(client, 'data')),
  })
  console.log(`bench: ${size} articles: content build`)
  const contentSeconds = await run(process.execPath, [
    'scripts/run-script.mjs',
    'scripts/build-content.ts',
    ...['--content', content, '--out', path.join(out, 'data')],
    ...['--scratch', path.join(root, `scratch-${size}`)],
    // A cache of its own, empty: the figure is a cold build.
    ...['--cache', path.join(root, `cache-${size}`), '--quiet'],
  ])
  console.log(`bench: ${size} articles: prerender`)
  const prerenderSeconds = await run(process.execPath, [
    'scripts/run-script.mjs',
    'scripts/prerender.ts',
    ...['--out', out, '--template', template],
    ...['--cache', path.join(root, `prerender-cache-${size}`), '--quiet'],
  ])
  const producedBytes = await folderBytes(
    out,
    (file) => !/^(data|articles)\/|^(index|404)\.html$/.test(file),
  )
  const listBytes =
    (await stat(path.join(out, 'index.html'))).size +
    (await stat(path.join(out, 'data', 'list', '1.json'))).size
  if (!keep) await rm(content, { recursive: true, force: true })
  return { size, out, contentSeconds, prerenderSeconds, producedBytes, listBytes }
}
