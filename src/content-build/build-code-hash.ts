import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

// What an article's built result depends on besides its own file: the code of the content
// build and the summariser, the article schemas, the word catalogues (each article carries its
// language's words), and the versions of the libraries they use.
// A change to any of them changes this hash, so no cached result outlives the code that made it.
const codeFolders = ['src/content-build', 'src/summariser', 'src/lib/words']
const codeFiles = [
  'src/articles/article-schema.ts',
  'src/articles/block-schema.ts',
  'src/articles/list-schemas.ts',
  'src/articles/picture-schema.ts',
  'src/articles/image-path.ts',
  'package-lock.json',
]

export async function buildCodeHash(root = process.cwd()): Promise<string> {
  const files = [...codeFiles]
  for (const folder of codeFolders) {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })
    for (const entry of entries) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
        continue
      files.push(path.relative(root, path.join(entry.parentPath, entry.name)))
    }
  }
  const hash = createHash('sha256')
  for (const file of files.sort()) {
    hash.update(file).update('\0')
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.from('missing')))
    hash.update('\0')
  }
  return hash.digest('hex')
}
