import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { importPage } from './plain-text-page.ts'

const today = '2026-12-01'
const allowedKeys = [
  'title',
  'date',
  'standfirst',
  'author',
  'summary',
  'lang',
  'tags',
  'previous',
  'next',
]

type MarkdownNode = ReturnType<typeof fromMarkdown>['children'][number]
type Body = { type: 'paragraph' | 'heading'; text: string; depth?: number }

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  if (!match?.[1]) throw new Error('no front matter')
  const data: unknown = parse(match[1])
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('front matter is not a mapping')
  }
  return Object.fromEntries(Object.entries(data))
}

function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

function textOf(node: MarkdownNode): string {
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : ''
}

function nodeTypes(node: MarkdownNode | ReturnType<typeof fromMarkdown>): string[] {
  const children = 'children' in node ? node.children : []
  return [node.type, ...children.flatMap((child) => nodeTypes(child))]
}

// What a reader would see: each block's type and its text once the Markdown is parsed.
function blocksOf(markdown: string): Body[] {
  const tree = fromMarkdown(bodyOf(markdown))
  return tree.children.map((node) => ({
    type: node.type === 'heading' ? 'heading' : 'paragraph',
    text: textOf(node),
    ...(node.type === 'heading' ? { depth: node.depth } : {}),
  }))
}

function expectOnlyText(markdown: string): void {
  const types = new Set(nodeTypes(fromMarkdown(bodyOf(markdown))))
  expect(
    [...types].filter((type) => !['root', 'paragraph', 'heading', 'text'].includes(type)),
  ).toEqual([])
}

const page = (...lines: string[]): string => lines.join('\n')

test('a page with title, prompt, paragraphs, a heading and a trailer', () => {
  const { slug, markdown, warnings } = importPage(
    page(
      'Harbour Bridge Reopens',
      '',
      'No time to read?',
      'Get a summary',
      '',
      'The bridge reopened on Monday.',
      '',
      'Traffic was light at first.',
      '',
      'What changes for cyclists',
      '',
      'A new lane runs along the east side.',
      '',
      'No time to read?',
      'Get a summary',
      'Previous Article',
      '',
      'Ferry fares rise again',
      '',
      'Next Article',
      '',
      'Market hall gets a new roof',
    ),
    { today },
  )
  expect(slug).toBe('harbour-bridge-reopens')
  expect(frontMatter(markdown)).toEqual({
    title: 'Harbour Bridge Reopens',
    date: today,
    lang: 'en',
    previous: 'Ferry fares rise again',
    next: 'Market hall gets a new roof',
  })
  expect(blocksOf(markdown)).toEqual([
    { type: 'paragraph', text: 'The bridge reopened on Monday.' },
    { type: 'paragraph', text: 'Traffic was light at first.' },
    { type: 'heading', depth: 2, text: 'What changes for cyclists' },
    { type: 'paragraph', text: 'A new lane runs along the east side.' },
  ])
  expect(warnings).toEqual([`no date on the page; used the import date ${today}`])
})

test('the front matter uses only the allowed keys', () => {
  const { markdown } = importPage(page('Title', '', 'Text.', 'Next Article', 'Other'), { today })
  for (const key of Object.keys(frontMatter(markdown))) expect(allowedKeys).toContain(key)
})

test('a page with no trailer has no neighbours', () => {
  const { markdown } = importPage(
    page('Quiet Day', '', 'Nothing happened.', '', 'Still nothing.'),
    {
      today,
    },
  )
  expect(frontMatter(markdown)).toEqual({ title: 'Quiet Day', date: today, lang: 'en' })
  expect(blocksOf(markdown)).toHaveLength(2)
})

test('a trailer with only a next article', () => {
  const { markdown } = importPage(
    page('First Story', '', 'It begins.', '', 'Next Article', 'Second Story'),
    {
      today,
    },
  )
  expect(frontMatter(markdown)).toEqual({
    title: 'First Story',
    date: today,
    lang: 'en',
    next: 'Second Story',
  })
  expect(blocksOf(markdown)).toEqual([{ type: 'paragraph', text: 'It begins.' }])
})

test('a trailer with only a previous article', () => {
  const { markdown } = importPage(
    page('Last Story', '', 'It ends.', 'Previous Article', '', 'Earlier Story'),
    {
      today,
    },
  )
  expect(frontMatter(markdown)).toEqual({
    title: 'Last Story',
    date: today,
    lang: 'en',
    previous: 'Earlier Story',
  })
})

test('a trailer marker with no title after it leaves that neighbour out, with a warning', () => {
  const { markdown, warnings } = importPage(
    page('Story', '', 'Text.', 'Previous Article', 'Older', 'Next Article', ''),
    { today },
  )
  expect(frontMatter(markdown)).toEqual({
    title: 'Story',
    date: today,
    lang: 'en',
    previous: 'Older',
  })
  expect(warnings).toContain('"Next Article" has no title after it; that neighbour is left out')
})

test('trailer markers are matched whatever their case and spacing', () => {
  const { markdown } = importPage(
    page('Story', '', 'Text.', '  PREVIOUS   article ', 'Older', '\tnext ARTICLE', 'Newer'),
    { today },
  )
  expect(frontMatter(markdown)).toMatchObject({ previous: 'Older', next: 'Newer' })
})

test('prompt lines are dropped wherever they appear, in any case and spacing', () => {
  const { markdown } = importPage(
    page(
      '  NO TIME TO READ?  ',
      'The Title',
      'get a SUMMARY',
      '',
      'First paragraph.',
      '   No time to read?',
      'Second paragraph.',
      '',
      'Get a summary   ',
      '',
      'Third paragraph.',
      'Next Article',
      'no time to read?',
      'Following Story',
      'GET A SUMMARY',
    ),
    { today },
  )
  const output = markdown.toLowerCase()
  expect(output).not.toContain('no time to read')
  expect(output).not.toContain('get a summary')
  expect(frontMatter(markdown)).toMatchObject({ title: 'The Title', next: 'Following Story' })
  // A prompt line between two lines separates them rather than gluing them together.
  expect(blocksOf(markdown)).toEqual([
    { type: 'paragraph', text: 'First paragraph.' },
    { type: 'paragraph', text: 'Second paragraph.' },
    { type: 'paragraph', text: 'Third paragraph.' },
  ])
})

test('Windows line endings, a byte order mark and trailing whitespace', () => {
  const text =
    '\uFEFFCRLF Story  \r\n\r\nOne line.\t\r\n  \r\nA Heading \r\n\r\nTwo.\r\nNext Article \r\nElsewhere\r\n'
  const { markdown } = importPage(text, { today })
  expect(markdown).not.toContain('\r')
  expect(frontMatter(markdown)).toEqual({
    title: 'CRLF Story',
    date: today,
    lang: 'en',
    next: 'Elsewhere',
  })
  expect(blocksOf(markdown)).toEqual([
    { type: 'paragraph', text: 'One line.' },
    { type: 'heading', depth: 2, text: 'A Heading' },
    { type: 'paragraph', text: 'Two.' },
  ])
})

test('lines of one block are joined into one paragraph', () => {
  const { markdown } = importPage(
    page('Wrapped', '', 'A sentence that was', 'wrapped by the site.'),
    {
      today,
    },
  )
  expect(blocksOf(markdown)).toEqual([
    { type: 'paragraph', text: 'A sentence that was wrapped by the site.' },
  ])
})

test('Markdown-looking text stays text', () => {
  const lines = [
    '# not a heading',
    '## nor this',
    '- not a list',
    '+ nor this',
    '* nor this',
    '1. not an ordered list',
    '2) nor this',
    '> not a quote',
    '---',
    '***',
    '___',
    '```',
    '~~~',
    'some *stars* and **more stars** and _underscores_ here',
    '[x](javascript:alert(1)) and ![img](http://example.com/a.png)',
    '<script>alert(1)</script>',
    '<!-- a comment -->',
    '<https://example.com> and https://example.com and www.example.com and someone@example.com',
    'back\\slash, `code`, ~~strike~~, &amp; &#65; &#x41; and a plain & too',
    '[ref]: https://example.com',
    'a line ending in a backslash\\',
    '| a | b |',
  ]
  const { markdown } = importPage(page('Escapes', '', ...lines.flatMap((line) => [line, ''])), {
    today,
  })
  expectOnlyText(markdown)
  // Short unpunctuated lines among them become headings, which is fine: the text is what counts.
  expect(blocksOf(markdown).map((block) => block.text)).toEqual(lines)
})

// The build's parser is CommonMark, but a GFM parser would link bare URLs, "www." names and
// e-mail addresses and strike through "~~"; the escapes keep the file safe for either.
test('bare URLs, www names, e-mail addresses and tildes are escaped for GFM parsers', () => {
  const { markdown } = importPage(
    page('GFM', '', 'See https://example.com, www.example.com, a@example.com and ~~this~~.'),
    { today },
  )
  expect(bodyOf(markdown)).toContain(
    'See https\\://example.com, www\\.example.com, a\\@example.com and \\~\\~this\\~\\~.',
  )
})

test('ampersands read back as written, and a character reference stays text', () => {
  const { markdown } = importPage(page('Ampersands', '', 'Salt & pepper, R&D and &amp;.'), {
    today,
  })
  expect(bodyOf(markdown)).toContain('Salt & pepper')
  expect(blocksOf(markdown)).toEqual([{ type: 'paragraph', text: 'Salt & pepper, R&D and &amp;.' }])
})

test('headings are escaped too, including a trailing #', () => {
  const { markdown } = importPage(
    page(
      'Headings',
      '',
      'Opening.',
      '',
      'Learning C# #',
      '',
      'Body.',
      '',
      '<b>Bold</b> *move*',
      '',
      'More.',
    ),
    { today },
  )
  expectOnlyText(markdown)
  expect(blocksOf(markdown)).toEqual([
    { type: 'paragraph', text: 'Opening.' },
    { type: 'heading', depth: 2, text: 'Learning C# #' },
    { type: 'paragraph', text: 'Body.' },
    { type: 'heading', depth: 2, text: '<b>Bold</b> *move*' },
    { type: 'paragraph', text: 'More.' },
  ])
})

test('any text in a paragraph reads back as the same text', () => {
  const unit = fc.constantFrom(
    ...'ab1 #*_-+=|>.)[]()<>!`~\\&;:/@wx'.split(''),
    'www.',
    '&amp;',
    '1.',
  )
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1, maxLength: 40 }), (raw) => {
      const text = `${raw.trim()}.`
      const { markdown } = importPage(page('Property', '', 'Opening.', '', text), { today })
      expectOnlyText(markdown)
      expect(blocksOf(markdown)).toEqual([
        { type: 'paragraph', text: 'Opening.' },
        { type: 'paragraph', text },
      ])
    }),
  )
})

test('a heading-like line that ends with a period stays a paragraph', () => {
  const { markdown } = importPage(
    page('Periods', '', 'Opening.', '', 'It was short.', '', 'Closing.'),
    {
      today,
    },
  )
  expect(blocksOf(markdown).map((block) => block.type)).toEqual([
    'paragraph',
    'paragraph',
    'paragraph',
  ])
})

test.each(['!', '?', ':', ';', ',', '"', '”', "'", '’', ')', '…'])(
  'a short line ending in %s stays a paragraph',
  (ending) => {
    const { markdown } = importPage(
      page('Endings', '', 'Opening.', '', `Short line${ending}`, '', 'Closing.'),
      {
        today,
      },
    )
    expect(blocksOf(markdown).map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  },
)

test('a heading needs a paragraph before and after it', () => {
  const { markdown } = importPage(
    page(
      'Placement',
      '',
      'Byline Without Stop',
      '',
      'Opening.',
      '',
      'First Try',
      '',
      'Second Try',
      '',
      'Text.',
      '',
      'Sign Off',
    ),
    { today },
  )
  expect(blocksOf(markdown)).toEqual([
    { type: 'paragraph', text: 'Byline Without Stop' },
    { type: 'paragraph', text: 'Opening.' },
    { type: 'paragraph', text: 'First Try' },
    { type: 'heading', depth: 2, text: 'Second Try' },
    { type: 'paragraph', text: 'Text.' },
    { type: 'paragraph', text: 'Sign Off' },
  ])
})

test('a long unpunctuated line is a paragraph, not a heading', () => {
  const long = 'word '.repeat(25).trim()
  const { markdown } = importPage(page('Long', '', 'Opening.', '', long, '', 'Closing.'), { today })
  expect(blocksOf(markdown)[1]).toEqual({ type: 'paragraph', text: long })
})

test.each([
  ['Published 2026-11-03', '2026-11-03'],
  ['published on: 2025-01-31', '2025-01-31'],
  ['2024-02-29', '2024-02-29'],
])('a date line "%s" gives the date and is not kept as text', (line, date) => {
  const { markdown, warnings } = importPage(page('Dated', line, '', 'Text.'), { today })
  expect(frontMatter(markdown).date).toBe(date)
  expect(warnings).toEqual([])
  expect(blocksOf(markdown)).toEqual([{ type: 'paragraph', text: 'Text.' }])
})

test('a date line may follow a blank line (line 3)', () => {
  const { markdown } = importPage(page('Dated', '', 'Published 2026-11-03', '', 'Text.'), { today })
  expect(frontMatter(markdown).date).toBe('2026-11-03')
})

test('a date line that is not a real date falls back to the import date, with a warning', () => {
  const { markdown, warnings } = importPage(page('Dated', 'Published 2026-02-30', '', 'Text.'), {
    today,
  })
  expect(frontMatter(markdown).date).toBe(today)
  expect(warnings).toEqual([
    `the date line "Published 2026-02-30" is not a real date; used the import date ${today}`,
  ])
})

test('a date further down the page is text, and the import date is used', () => {
  const { markdown, warnings } = importPage(page('Undated', '', 'Opening.', '', '2026-11-03'), {
    today,
  })
  expect(frontMatter(markdown).date).toBe(today)
  expect(warnings).toEqual([`no date on the page; used the import date ${today}`])
})

test('the date is written as an ISO date', () => {
  const { markdown } = importPage(page('Dated', '', 'Text.'), { today })
  expect(markdown).toContain(`\ndate: ${today}\n`)
})

test('titles that need YAML quoting survive the round trip', () => {
  const title = 'Yes: "quotes", #hash, - dash & a colon: here'
  const { markdown } = importPage(page(title, '', 'Text.', 'Next Article', 'no'), { today })
  expect(frontMatter(markdown)).toMatchObject({ title, next: 'no' })
})

test.each([
  ['Kremlin’s Plan: What Comes Next?', 'kremlins-plan-what-comes-next'],
  ['Café Société à Zürich', 'cafe-societe-a-zurich'],
  ['Straße über Łódź', 'strasse-uber-lodz'],
  ['ﬁve ① things', 'five-1-things'],
  ['  --Already--Kebab--  ', 'already-kebab'],
])('the slug of %s is %s', (title, slug) => {
  expect(importPage(page(title, '', 'Text.'), { today }).slug).toBe(slug)
})

test('a long title gives a slug of at most 80 characters, cut between words', () => {
  const title =
    'Councillors debate the future of the harbour, the market, the trams and the old library again'
  const { slug } = importPage(page(title, '', 'Text.'), { today })
  expect(slug.length).toBeLessThanOrEqual(80)
  expect(title.toLowerCase().replace(/[^a-z]+/g, '-')).toContain(slug)
  expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  expect(slug.endsWith('-librar')).toBe(false)
})

test('a title with no ASCII letters gets a short stable hash slug', () => {
  const first = importPage(page('Новости дня', '', 'Текст.'), { today })
  const again = importPage(page('Новости дня', '', 'Другой текст.'), { today })
  const other = importPage(page('Ειδήσεις 2026', '', 'Κείμενο.'), { today })
  expect(first.slug).toMatch(/^article-[0-9a-f]{8}$/)
  expect(again.slug).toBe(first.slug)
  expect(other.slug).toMatch(/^article-[0-9a-f]{8}$/)
  expect(other.slug).not.toBe(first.slug)
  expect(frontMatter(first.markdown).title).toBe('Новости дня')
})

test('an empty page is an error', () => {
  expect(() => importPage('', { today })).toThrow(/no title line/)
  expect(() => importPage(' \r\n\n\t\n', { today })).toThrow(/no title line/)
  expect(() => importPage(page('No time to read?', 'Get a summary'), { today })).toThrow(
    /no title line/,
  )
})

test('a page with a title but no paragraphs is an error', () => {
  expect(() => importPage('Just a Headline', { today })).toThrow(/no paragraphs/)
  expect(() => importPage(page('Headline', 'Published 2026-01-01', ''), { today })).toThrow(
    /no paragraphs/,
  )
  expect(() =>
    importPage(page('Headline', '', 'Previous Article', 'A', 'Next Article', 'B'), { today }),
  ).toThrow(/no paragraphs/)
})

test('an import date that is not a real date is an error', () => {
  expect(() => importPage(page('Title', '', 'Text.'), { today: '2026-13-01' })).toThrow(
    /import date/,
  )
})

const seedPath = resolve(import.meta.dirname, '../../../shared/seeds/000_fd36b98cec0d5141.txt')
const hasSeed = existsSync(seedPath)

// The seed is a third party's text: expectations are read from the file, never copied here.
describe.skipIf(!hasSeed)(
  hasSeed ? 'the seed page' : `the seed page: skipped because ../shared is absent (${seedPath})`,
  () => {
    const seed = () => readFileSync(seedPath, 'utf8')
    const seedLines = () => seed().split(/\r?\n/)
    const lineAfter = (marker: string) => {
      const lines = seedLines()
      return lines.slice(lines.indexOf(marker) + 1).find((line) => line.trim() !== '')
    }
    const imported = () => importPage(seed(), { today })

    test('the title is the headline', () => {
      expect(frontMatter(imported().markdown).title).toBe(seedLines()[0]?.trim())
    })

    test('it has exactly two sections, headed by the two heading lines', () => {
      // Lines 16 and 24 of the seed are its section headings (see ../shared/seeds/README.md).
      const expected = [seedLines()[15], seedLines()[23]]
      const headings = blocksOf(imported().markdown).filter((block) => block.type === 'heading')
      expect(headings).toEqual(expected.map((text) => ({ type: 'heading', depth: 2, text })))
      expect(bodyOf(imported().markdown).match(/^## /gm)).toHaveLength(2)
    })

    test('every paragraph reads back exactly as on the page', () => {
      const paragraphs = blocksOf(imported().markdown).filter((block) => block.type === 'paragraph')
      const long = seedLines().filter((line) => line.length > 100)
      expect(paragraphs.map((block) => block.text)).toEqual(long)
      expectOnlyText(imported().markdown)
    })

    test('the summary prompt is gone', () => {
      const { markdown } = imported()
      expect(markdown).not.toMatch(/no time to read/i)
      expect(markdown).not.toMatch(/get a summary/i)
    })

    test('the neighbours come from the trailer', () => {
      expect(frontMatter(imported().markdown)).toMatchObject({
        previous: lineAfter('Previous Article'),
        next: lineAfter('Next Article'),
      })
      expect(bodyOf(imported().markdown)).not.toMatch(/Previous Article|Next Article/)
    })

    test('the page has no date, so the import date is used and said', () => {
      const { markdown, warnings } = imported()
      expect(frontMatter(markdown).date).toBe(today)
      expect(warnings).toEqual([`no date on the page; used the import date ${today}`])
    })

    test('the slug is kebab-case from the headline', () => {
      expect(imported().slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(imported().slug.length).toBeLessThanOrEqual(80)
    })
  },
)
