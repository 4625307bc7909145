import { readdirSync } from 'node:fs'
import path from 'node:path'

// Each Markdown file under a folder, by its path and by its path from where the build runs (as
// the sources name it), in no order: a rebuild in place finds each in its record by name.
// Listed on this thread: through the thread pool a folder of 100,000 files takes three times
// as long.
export function markdownFiles(dir: string): { path: string; file: string }[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true })
  const relativeOf = new Map<string, string>()
  const found: { path: string; file: string }[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue
    let folder = relativeOf.get(entry.parentPath)
    if (folder === undefined) {
      folder = path.relative(process.cwd(), entry.parentPath)
      relativeOf.set(entry.parentPath, folder)
    }
    found.push({
      path: path.join(entry.parentPath, entry.name),
      file: path.join(folder, entry.name),
    })
  }
  return found
}
