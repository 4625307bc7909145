import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { importPage } from '../src/importers/plain-text-page.ts'

// Usage: npm run import -- page.txt [more.txt ...] [--out content/articles] [--force]
// The I/O shell around importPage: read each page, write <out>/<slug>.md, report.

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
  const writtenBy = new Map<string, string>()
  let failed = false

  for (const file of files) {
    try {
      const { slug, markdown, warnings } = importPage(readFileSync(file, 'utf8'), { today })
      const target = join(out, `${slug}.md`)
      const earlier = writtenBy.get(target)
      if (earlier !== undefined) {
        // Even --force must not let one page of this run silently replace another.
        throw new Error(`${target} was already written from ${earlier} in this run`)
      }
      if (existsSync(target) && !values.force) {
        throw new Error(`${target} already exists; pass --force to overwrite it`)
      }
      for (const warning of warnings) console.warn(`${file}: ${warning}`)
      writeAtomically(target, markdown)
      writtenBy.set(target, file)
      console.log(`imported ${file} -> ${target}`)
    } catch (error) {
      console.error(`${file}: ${messageOf(error)}`)
      failed = true
    }
  }

  reportUnlinkedNeighbours(out, [...writtenBy.entries()])
  return failed ? 1 : 0
}

// A crash or a full disk leaves a stray temp file at worst, never a half-written article.
function writeAtomically(target: string, text: string): void {
  const dir = join(target, '..')
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' })
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

// The build links a neighbour only when an article with that title exists; say so now,
// so the editor knows which neighbours the reader will show as plain titles.
function reportUnlinkedNeighbours(out: string, written: [string, string][]): void {
  if (written.length === 0) return
  const titles = new Set<string>()
  for (const name of readdirSync(out)) {
    if (!name.endsWith('.md')) continue
    const title = frontMatterOf(readFileSync(join(out, name), 'utf8')).title
    if (title !== undefined) titles.add(title)
  }
  for (const [target, file] of written) {
    const { previous, next } = frontMatterOf(readFileSync(target, 'utf8'))
    for (const [which, title] of [
      ['previous', previous],
      ['next', next],
    ] as const) {
      if (title !== undefined && !titles.has(title)) {
        console.log(
          `${file}: the ${which} article "${title}" is not among the articles in ${out}; the reader will show it unlinked`,
        )
      }
    }
  }
}

type Titles = { title?: string; previous?: string; next?: string }

function frontMatterOf(markdown: string): Titles {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(markdown)
  if (!match?.[1]) return {}
  let data: unknown
  try {
    data = parse(match[1])
  } catch {
    // Another file's broken front matter is the build's to report, not the importer's.
    return {}
  }
  if (typeof data !== 'object' || data === null) return {}
  const field = (key: string): string | undefined => {
    const value: unknown = Reflect.get(data, key)
    return typeof value === 'string' ? value : undefined
  }
  return { title: field('title'), previous: field('previous'), next: field('next') }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

process.exitCode = main()
