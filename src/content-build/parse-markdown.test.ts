import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { expect, test } from 'vitest'
import { splitFrontMatter } from './front-matter.ts'
import { propertySeed } from './hostile-strings.ts'
import { parseMarkdown } from './parse-markdown.ts'

// GFM as it is usually parsed, every construct tried everywhere: the tree parseMarkdown must give.
const everyConstruct = (body: string) =>
  fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })

// Pieces of Markdown that come near an autolink literal or a table without being one, and ones
// that are, so a body lands on each side of the checks that decide which constructs to try.
const piece = fc.constantFrom(
  'word',
  'Www',
  'ww',
  'w',
  'h',
  'ttp',
  'http',
  'https://',
  'example.com',
  '.',
  '@',
  '&#64;',
  '&#119;',
  '&amp;',
  '&period;',
  '\\.',
  '\\@',
  '\\|',
  '|',
  ':',
  '-',
  ':-',
  '-:',
  '---',
  '===',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '> ',
  '- ',
  '* ',
  '1. ',
  '[ ] ',
  '[x] ',
  '## ',
  '#',
  '*',
  '_',
  '~',
  '~~',
  '`',
  '[',
  ']',
  '(',
  ')',
  '[^1]',
  '[^1]: ',
  '<',
  '>',
  '!',
  '?',
  '_a_',
  'mailto:',
  'a.b',
  '+',
)
const body = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))

test('a body parses to the tree every construct gives, positions included', () => {
  fc.assert(
    fc.property(body, (markdown) => {
      expect(parseMarkdown(markdown)).toEqual(everyConstruct(markdown))
    }),
    { numRuns: 3000, seed: propertySeed },
  )
}, 60_000)

test.each([
  ['a literal spelt with a reference', 'Write to desk&#64;example.com or w&#119;w.example.com.'],
  ['a literal behind an escape', 'See www\\.example.com, or http\\://example.com'],
  ['each kind of literal', 'www.example.com, https://example.com and desk@example.com'],
  ['a table without a pipe', 'Day\n:-\nMonday'],
  ['a table aligned right without a pipe', 'Day\n-:\nMonday'],
  ['a table with pipes', '| Day | Height |\n| :-- | --: |\n| Mon | 5.9 |'],
  ['a table and a literal', '| a |\n| - |\n| www.example.com |'],
  ['plain prose', 'One sentence. Another one?\n\n## A heading\n\nMore text.'],
])('%s parses as with every construct', (_name, markdown) => {
  expect(parseMarkdown(markdown)).toEqual(everyConstruct(markdown))
})

test('every bundled article parses as with every construct', () => {
  const folder = path.resolve(import.meta.dirname, '../../content/articles')
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const split = splitFrontMatter(name, readFileSync(path.join(folder, name), 'utf8'))
    if ('field' in split) throw new Error(`${name}: ${split.message}`)
    expect(parseMarkdown(split.body), name).toEqual(everyConstruct(split.body))
  }
})
