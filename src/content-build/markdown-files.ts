import { readdirSync } from 'node:fs'
import path from 'node:path'

// A content folder's listing: each Markdown file under it, by its path and by its path from
// where the build runs (as the sources name it), in no order; and every folder in it, itself
// included, by path (folder-stamps.ts says what they are for).
export type MarkdownListing = {
  files: { path: string; file: string }[]
  folders: string[]
}

// Listed on this thread: through the thread pool a folder of 100,000 files takes three times
// as long.
export function markdownFiles(dir: string): MarkdownListing {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true })
  const relativeOf = new Map<string, string>()
  const files: MarkdownListing['files'] = []
  const folders = [dir]
  for (const entry of entries) {
    if (entry.isDirectory()) folders.push(path.join(entry.parentPath, entry.name))
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue
    let folder = relativeOf.get(entry.parentPath)
    if (folder === undefined) {
      folder = path.relative(process.cwd(), entry.parentPath)
      relativeOf.set(entry.parentPath, folder)
    }
    files.push({
      path: path.join(entry.parentPath, entry.name),
      file: path.join(folder, entry.name),
    })
  }
  return { files, folders }
}
