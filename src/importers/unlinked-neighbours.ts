import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFrontMatter, splitFrontMatter } from '../content-build/front-matter.ts'
import { titleKey } from '../content-build/title-key.ts'

// The build links a neighbour only when an article with that title exists (matched as the
// build matches it); say so at import time, so the editor knows which neighbours the reader
// will show as plain titles.
export function unlinkedNeighbours(out: string, written: [string, string][]): string[] {
  if (written.length === 0) return []
  const titles = new Set<string>()
  for (const name of readdirSync(out)) {
    if (!name.endsWith('.md')) continue
    const title = frontMatterOf(join(out, name))?.title
    if (title !== undefined) titles.add(titleKey(title))
  }
  return written.flatMap(([target, source]) => {
    const frontMatter = frontMatterOf(target)
    return (['previous', 'next'] as const).flatMap((which) => {
      const title = frontMatter?.[which]
      return title && !titles.has(titleKey(title))
        ? [
            `${source}: the ${which} article "${title}" is not among the articles in ${out}; the reader will show it unlinked`,
          ]
        : []
    })
  })
}

function frontMatterOf(file: string) {
  const split = splitFrontMatter(file, readFileSync(file, 'utf8'))
  if ('field' in split) return undefined
  const frontMatter = parseFrontMatter(file, split.frontMatter)
  // Another file's broken front matter is the build's to report, not the importer's.
  return Array.isArray(frontMatter) ? undefined : frontMatter
}
