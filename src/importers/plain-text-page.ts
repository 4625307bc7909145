import { isIsoDate } from '../content-build/front-matter.ts'
import { slugify } from '../content-build/slug.ts'
import { articleMarkdown, type ArticleFrontMatter } from './article-markdown.ts'
import { detectLanguage } from './detect-language.ts'
import { readHeadLine } from './page-head.ts'
import { isFurniture, isPromptLine } from './page-wording.ts'
import { readBlocks } from './text-blocks.ts'
import { splitTrailer } from './text-trailer.ts'

// Turns a news page saved as plain text into a Lede content file. The page's shape: a
// headline; lines that say when and by whom; the site's "No time to read? / Get a summary"
// prompt and its furniture ("Advertisement", "Share this article") anywhere; paragraphs,
// headings and lists separated by blank lines; and a "Previous Article / Next Article"
// trailer naming the neighbouring articles.

export type ImportOptions = {
  // The import date (YYYY-MM-DD), used when the page carries no date of its own.
  today: string
}

export type ImportedPage = {
  slug: string
  markdown: string
  warnings: string[]
  // What the importer guessed (date, author, language) and why.
  guesses: string[]
  // The site's lines it left out ("Advertisement", "Read more: ..."), as on the page.
  dropped: string[]
}

export function importPage(text: string, options: ImportOptions): ImportedPage {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || !isIsoDate(options.today)) {
    throw new Error(`the import date must be a real date as YYYY-MM-DD, got "${options.today}"`)
  }
  const warnings: string[] = []
  const guesses: string[] = []
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
  const { body: withoutTrailer, previous, next } = splitTrailer(lines, warnings)
  const language = detectLanguage(withoutTrailer.join('\n'))
  guesses.push(`language: ${language.lang}, because ${language.why}`)

  // The prompt and the furniture are the site's, not the article's; each becomes a separator
  // so that the lines around it are never glued into one paragraph.
  const dropped: string[] = []
  const bodyLines = withoutTrailer.map((line) => {
    if (isPromptLine(line)) return ''
    if (line !== '' && isFurniture(line)) {
      dropped.push(line)
      return ''
    }
    return line
  })

  const titleIndex = bodyLines.findIndex((line) => line !== '')
  const title = bodyLines[titleIndex]
  if (title === undefined) {
    throw new Error('the page has no title line: it is empty or holds only the site prompt')
  }

  const frontMatter: ArticleFrontMatter = { title, date: options.today, lang: language.lang }
  let rest = bodyLines.slice(titleIndex + 1)
  let dateFound = false
  // The lines right after the headline that say when and by whom; the first other line ends them.
  for (;;) {
    const at = rest.findIndex((line) => line !== '')
    const line = rest[at] ?? ''
    const head = at === -1 ? undefined : readHeadLine(line, language.lang)
    if (head === undefined) break
    rest = rest.slice(at + 1)
    if (head.author !== undefined && frontMatter.author === undefined) {
      frontMatter.author = head.author
      guesses.push(`author: ${head.author}, from the byline "${line}"`)
    }
    if (head.date === undefined || (dateFound && head.updated)) continue
    if (head.date.date === null) {
      warnings.push(
        `the date line "${line}" is not a real date; used the import date ${options.today}`,
      )
    } else if (!dateFound || !head.updated) {
      frontMatter.date = head.date.date
      guesses.push(`date: ${head.date.date}, from "${line}" (${head.date.how})`)
    }
    dateFound = true
  }
  if (!dateFound) warnings.push(`no date on the page; used the import date ${options.today}`)

  const body = readBlocks(splitBlocks(rest))
  if (!body.some((node) => node.type === 'paragraph' || node.type === 'list')) {
    throw new Error('the page has no paragraphs after its title')
  }
  if (previous !== undefined) frontMatter.previous = previous
  if (next !== undefined) frontMatter.next = next

  return {
    slug: slugify(title),
    markdown: articleMarkdown(frontMatter, body),
    warnings,
    guesses,
    dropped,
  }
}

function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) blocks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) blocks.push(current)
  return blocks
}
