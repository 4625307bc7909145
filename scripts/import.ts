import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { importFile } from '../src/importers/import-files.ts'
import { unlinkedNeighbours } from '../src/importers/unlinked-neighbours.ts'
import { ArticleWriter } from '../src/importers/write-article.ts'

// Usage: npm run import -- page.txt|page.html|feed.xml|feed.json [...] [--out content/articles]
//        [--images content/images] [--force]
// The I/O shell around the importers: each file by its kind, then what the editor should know.

const USAGE =
  'usage: npm run import -- page.txt|page.html|feed.xml|feed.json [...] [--out content/articles] [--images content/images] [--force]'

function main(): number {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: join('content', 'articles') },
        images: { type: 'string', default: join('content', 'images') },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    console.error(`${messageOf(error)}\n${USAGE}`)
    return 2
  }
  const { values, positionals: files } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (files.length === 0) {
    console.error(USAGE)
    return 2
  }

  const writer = new ArticleWriter(values.force)
  const context = {
    out: values.out,
    images: values.images,
    today: new Date().toISOString().slice(0, 10),
    force: values.force,
    writer,
    say: (line: string) => console.log(line),
  }
  let failed = false
  for (const file of files) {
    try {
      importFile(file, context)
    } catch (error) {
      console.error(`${file}: ${messageOf(error)}`)
      failed = true
    }
  }

  for (const line of unlinkedNeighbours(values.out, writer.written())) console.log(line)
  return failed ? 1 : 0
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

process.exitCode = main()
