import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parseHTML } from 'linkedom'
import { parse } from 'yaml'
import { z } from 'zod'
import { splitFrontMatter } from '../content-build/front-matter.ts'
import { textOf } from './fit-mdast.ts'
import { importHtmlPage, NotAnArticleError } from './html-page.ts'

// Scores the web-page importer against saved pages with an extractor's expected article and
// metadata (../shared/data/web-pages): text recall, headings kept, and title, byline, date and
// language. The pages are third-party text: read in place, never copied.

const ExpectedSchema = z.object({
  title: z.string().nullish(),
  byline: z.string().nullish(),
  lang: z.string().nullish(),
  publishedTime: z.string().nullish(),
  readerable: z.boolean(),
})

export type PageScore = {
  name: string
  readerable: boolean
  refused: string | undefined
  recall: number
  headings: { expected: number; kept: number }
  right: { title: boolean; byline: boolean; date: boolean; lang: boolean }
}

const today = '2000-01-01'

export function webPageNames(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
}

export function scorePage(dir: string, name: string): PageScore {
  const read = (file: string) => readFileSync(join(dir, name, file), 'utf8')
  const expected = ExpectedSchema.parse(JSON.parse(read('expected-metadata.json')))
  const score: PageScore = {
    name,
    readerable: expected.readerable,
    refused: undefined,
    recall: 0,
    headings: { expected: 0, kept: 0 },
    right: { title: false, byline: false, date: false, lang: false },
  }
  let markdown: string
  try {
    markdown = importHtmlPage(read('source.html'), { today, placeImage: () => undefined }).markdown
  } catch (error) {
    if (!(error instanceof NotAnArticleError)) throw error
    return { ...score, refused: error.message }
  }
  const split = splitFrontMatter(name, markdown)
  if ('field' in split) throw new Error(`${name}: ${split.message}`)
  const front = z
    .object({
      title: z.string(),
      date: z.string(),
      author: z.string().optional(),
      lang: z.string(),
    })
    .parse(parse(split.frontMatter))
  const tree = fromMarkdown(split.body)

  const { document } = parseHTML(`<html><body>${read('expected.html')}</body></html>`)
  // A heading with no words (an image in a heading element, used as a link) has nothing to
  // keep as a heading; its image's text counts in recall.
  const expectedHeadings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((node) => squash(node.textContent ?? ''))
    .filter(Boolean)
  const ours = new Set(
    tree.children.filter((node) => node.type === 'heading').map((node) => squash(textOf(node))),
  )
  const expectedDate = expected.publishedTime ? isoDay(expected.publishedTime) : today
  return {
    ...score,
    recall: recall(words(document.body.textContent ?? ''), words(spacedText(tree))),
    headings: {
      expected: expectedHeadings.length,
      kept: expectedHeadings.filter((heading) => ours.has(heading)).length,
    },
    right: {
      title: squash(front.title) === squash(expected.title ?? ''),
      byline: expected.byline
        ? front.author !== undefined && squash(expected.byline).includes(squash(front.author))
        : front.author === undefined,
      date: front.date === expectedDate,
      lang: expected.lang ? front.lang.toLowerCase() === expected.lang.toLowerCase() : true,
    },
  }
}

// Block by block, so the last word of one paragraph is not glued to the first of the next.
function spacedText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (node.type === 'image') return node.alt ?? ''
  return 'children' in node ? (node.children as Nodes[]).map(spacedText).join(' ') : ''
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

// Chinese and Japanese are written without spaces: each of their characters counts as a word.
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []
  )
}

// The share of the expected words (counted with repeats) that the import has too.
export function recall(expected: string[], got: string[]): number {
  if (expected.length === 0) return 1
  const counts = new Map<string, number>()
  for (const word of got) counts.set(word, (counts.get(word) ?? 0) + 1)
  let found = 0
  for (const word of expected) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      found += 1
      counts.set(word, left - 1)
    }
  }
  return found / expected.length
}

function isoDay(text: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0]
  return day ?? new Date(text).toISOString().slice(0, 10)
}
