import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { problemAt as problem, type ContentProblem } from './content-problem.ts'
import { readPlainFrontMatter } from './plain-front-matter.ts'

const OptionalText = z
  .string()
  .trim()
  .transform((text) => text || null)
  .nullish()
  .transform((text) => text ?? null)

// A real calendar date (2026-02-30 is refused) or date and time with an offset.
const IsoDateSchema = z.iso.date().or(z.iso.datetime({ offset: true }))

export function isIsoDate(text: string): boolean {
  return IsoDateSchema.safeParse(text).success
}

export const FrontMatterSchema = z.strictObject({
  title: z.string({ error: 'is required and must be text' }).trim().min(1, 'must not be empty'),
  date: z
    .string({ error: 'is required: an ISO 8601 date such as 2026-11-26' })
    .refine(isIsoDate, 'must be an ISO 8601 date such as 2026-11-26'),
  standfirst: OptionalText,
  author: OptionalText,
  // An editor's summary that is empty, or only blank points, is no summary at all.
  summary: z
    .preprocess(
      (value) => (typeof value === 'string' && !value.trim() ? null : value),
      z
        .array(z.string({ error: 'each point must be text' }).trim(), {
          error: 'must be a list of short points',
        })
        .nullish(),
    )
    .transform((points) => (points ?? []).filter((point) => point.length > 0)),
  lang: z
    .string({ error: 'must be a BCP 47 language tag such as en or ar' })
    .refine(isLanguageTag, 'must be a BCP 47 language tag such as en or ar')
    .default('en'),
  tags: z
    .array(z.string({ error: 'each tag must be text' }).trim().min(1), {
      error: 'must be a list, such as [city, transport]',
    })
    .default([]),
  // An editor's mark that the story should lead the front page while it is among the newest.
  featured: z.boolean({ error: 'must be true or false, such as featured: true' }).default(false),
  // The lead image: a file of content/images, what it shows, and who made it. `alt: ''` written
  // out marks an image that only decorates; the path is checked by the lead image step.
  image: z
    .strictObject(
      {
        src: z.string({ error: 'image: src is required, such as ../images/heron.jpg' }),
        alt: z.string({
          error:
            "image: alt is required: say what the image shows, or write alt: '' for one that only decorates",
        }),
        caption: OptionalText,
        credit: OptionalText,
      },
      { error: 'must be src, alt, caption and credit on lines of their own, indented' },
    )
    .optional(),
  // Neighbours named by an imported page: titles of the articles that came before and after it.
  previous: OptionalText,
  next: OptionalText,
})
export type FrontMatter = z.infer<typeof FrontMatterSchema>

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

export type SplitSource = { frontMatter: string; body: string; bodyLine: number }

// Splits `---\n...\n---\n` from the body and remembers where the body starts, so Markdown
// problems can be reported with the line number of the file rather than of the body.
export function splitFrontMatter(file: string, text: string): SplitSource | ContentProblem {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = normalised.split('\n')
  if (lines[0]?.trim() !== '---') {
    return problem(file, 1, 1, 'front matter', 'must start with a line of three dashes (---)')
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---')
  if (end === -1) {
    return problem(file, 1, 1, 'front matter', 'is not closed: add a line of three dashes (---)')
  }
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  }
}

export function parseFrontMatter(file: string, source: string): FrontMatter | ContentProblem[] {
  // Plain front matter is read without the YAML library; anything else, and any front matter
  // with a problem, is read by it, so problems are found and placed as they always were.
  const plain = readPlainFrontMatter(source)
  if (plain) {
    const result = FrontMatterSchema.safeParse(plain)
    if (result.success) return result.data
  }
  // The front matter starts on line 2 of the file, after the opening dashes.
  const firstLine = 2
  const lineCounter = new LineCounter()
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false })
  if (document.errors.length) {
    return document.errors.map((error) => {
      const at = lineCounter.linePos(errorOffset(source, error.code, error.message, error.pos[0]))
      const message = error.message.split('\n')[0] ?? error.message
      return problem(
        file,
        at.line + firstLine - 1,
        at.col,
        'front matter',
        `invalid YAML: ${message}`,
      )
    })
  }

  const data: unknown = document.toJS() ?? {}
  const result = FrontMatterSchema.safeParse(data)
  if (result.success) return result.data

  const contents = document.contents
  // A wrong value is reported where the value is; an unknown or missing key where the key is.
  const locate = (key: string | undefined, at: 'key' | 'value'): { line: number; col: number } => {
    if (!key || !isMap(contents)) return { line: 0, col: 1 }
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key)
    const node = at === 'value' ? (pair?.value ?? pair?.key) : pair?.key
    const offset = node && 'range' in node && node.range ? node.range[0] : undefined
    return offset === undefined ? { line: 0, col: 1 } : lineCounter.linePos(offset)
  }

  return result.error.issues.flatMap((issue) => {
    const keys =
      issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? 'front matter')]
    return keys.map((key) => {
      const at = locate(key, issue.code === 'unrecognized_keys' ? 'key' : 'value')
      const message =
        issue.code === 'unrecognized_keys'
          ? `is not a known key (known: ${Object.keys(FrontMatterSchema.shape).join(', ')})`
          : issue.message
      return problem(file, at.line + firstLine - 1, at.col, key, message)
    })
  })
}

// YAML reports an unclosed quote where the text runs out, at the end of the front matter;
// the editor needs the line where the quote was opened.
function errorOffset(source: string, code: string, message: string, offset: number): number {
  const quote = code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined
  if (!quote) return offset
  let opening = source.lastIndexOf(quote, offset)
  while (opening > 0 && quote === '"' && source[opening - 1] === '\\') {
    opening = source.lastIndexOf(quote, opening - 1)
  }
  return opening === -1 ? offset : opening
}
