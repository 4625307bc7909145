import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { importPage } from '../src/importers/plain-text-page.ts'
import { unlinkedNeighbours } from '../src/importers/unlinked-neighbours.ts'
import { ArticleWriter } from '../src/importers/write-article.ts'

// Usage: npm run import -- page.txt [more.txt ...] [--out content/articles] [--force]
// The I/O shell around the importers: read each file, write <out>/<slug>.md, report.

const USAGE = 'usage: npm run import -- page.txt [more.txt ...] [--out content/articles] [--force]'

function main(): number {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: join('content', 'articles') },
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

  const out = values.out
  const today = new Date().toISOString().slice(0, 10)
  const writer = new ArticleWriter(values.force)
  let failed = false

  for (const file of files) {
    try {
      const { slug, markdown, warnings, guesses, dropped } = importPage(
        readFileSync(file, 'utf8'),
        {
          today,
        },
      )
      const target = join(out, `${slug}.md`)
      writer.write(target, markdown, file)
      for (const guess of guesses) console.log(`${file}: guessed ${guess}`)
      if (dropped.length > 0) {
        console.log(
          `${file}: dropped the site's lines ${dropped.map((line) => `"${line}"`).join(', ')}`,
        )
      }
      for (const warning of warnings) console.warn(`${file}: ${warning}`)
      console.log(`imported ${file} -> ${target}`)
    } catch (error) {
      console.error(`${file}: ${messageOf(error)}`)
      failed = true
    }
  }

  for (const line of unlinkedNeighbours(out, writer.written())) console.log(line)
  return failed ? 1 : 0
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

process.exitCode = main()
