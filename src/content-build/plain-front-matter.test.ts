import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseDocument } from 'yaml'
import { splitFrontMatter } from './front-matter.ts'
import { propertySeed } from './hostile-strings.ts'
import { readPlainFrontMatter } from './plain-front-matter.ts'

// What the YAML library reads, as parseFrontMatter asks it to, or undefined where it finds an error.
function library(source: string): unknown {
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false })
  return document.errors.length ? undefined : document.toJS()
}

const key = fc.oneof(
  {
    arbitrary: fc.constantFrom('title', 'tags', 'summary', 'lang', 'featured', 'k1', 'k2'),
    weight: 4,
  },
  { arbitrary: fc.constantFrom('true', 'Null', 'n1', 'a_b', '1a', 'a-b', '__proto__'), weight: 1 },
)
// Values near the edges of the plain shape: quotes, escapes, comments, numbers, dates, words YAML
// reads as other than text, indicators, odd spaces and marks.
const listed = fc.constantFrom(
  'Otters return',
  'en',
  'local-politics',
  'مجتمع',
  'e.g. this',
  'ends.',
  'a  b',
  'a ',
  ' a',
  '"Quoted, with: colon # and hash"',
  '"say \\"hi\\""',
  '"tab\there"',
  '""',
  "'single'",
  "'it''s'",
  '"unclosed',
  '2026-11-26',
  '2026-11-14T00:30:00+01:00',
  '2026-11-26 # a comment',
  '12',
  '0x1F',
  '1e3',
  '.inf',
  'true',
  'True',
  'FALSE',
  'null',
  '~',
  'yes',
  'no',
  '-a',
  '- a',
  '&anchor a',
  '*alias',
  '!tag a',
  '|',
  '>',
  'a: b',
  'a #b',
  'a#b',
  '{a: b}',
  '[a, b]',
  '[a,,b]',
  '[a, b,]',
  '[]',
  '[ a , "b" ]',
  '["a, b"]',
  '[a, [b]]',
  '[true]',
  '[12]',
  'caf\u00e9',
  'cafe\u0301',
  'a\u00a0b',
  'a\u2028b',
  '\ufeffa',
  '\u00a0a',
  'a\u00a0',
  '\u3000a',
  '"\u0085"',
  "'\ufeff'",
  '"a\u2029"',
)
// And strings of the characters that matter, in and out of quotes and brackets.
const character = fc.constantFrom('a', 'Z', '1', ' ', '.', '-', '_', ':', '#', ',', '\\', 'é', '\t')
const loose = fc.string({ unit: character, maxLength: 8 })
const value = fc.oneof(
  listed,
  loose,
  loose.map((text) => `"${text}"`),
  loose.map((text) => `'${text}'`),
  fc.array(loose, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
)
const line = fc.oneof(
  fc.tuple(key, value).map(([name, text]) => `${name}: ${text}`),
  fc.tuple(key, value).map(([name, text]) => `${name}:${text}`),
  key.map((name) => `${name}:`),
  fc
    .tuple(key, fc.constantFrom('', ' ', '  '), fc.array(value, { minLength: 1, maxLength: 3 }))
    .map(([name, indent, items]) =>
      [`${name}:`, ...items.map((item) => `${indent}- ${item}`)].join('\n'),
    ),
  fc.constantFrom('', '# a comment', '  nested: value', '  - stray', '...', 'a', '-'),
)
const frontMatter = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'))

test('each value alone reads as the YAML library reads it, or is left to it', () => {
  fc.assert(
    fc.property(key, value, (name, text) => {
      for (const source of [`${name}: ${text}`, `${name}:\n  - ${text}`, `${name}: [${text}]`]) {
        const plain = readPlainFrontMatter(source)
        if (plain !== null) expect(plain, source).toEqual(library(source))
      }
    }),
    { numRuns: 5000, seed: propertySeed },
  )
}, 60_000)

test('front matter near the plain shape reads as the YAML library reads it, or is left to it', () => {
  fc.assert(
    fc.property(frontMatter, (source) => {
      const plain = readPlainFrontMatter(source)
      if (plain !== null) expect(plain).toEqual(library(source))
    }),
    { numRuns: 5000, seed: propertySeed },
  )
}, 60_000)

// Front matter as authors write it, each key once, so most of it takes the plain way.
const word = fc
  .tuple(
    fc.constantFrom('a', 'Z', 'é', 'ж'),
    fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '1', '.', '-', '_'), maxLength: 5 }),
  )
  .map(([first, rest]) => first + rest)
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '))
const sentence = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ':', '#', '£', '’', '!'),
  maxLength: 12,
})
const authoredScalar = fc.oneof(
  words,
  sentence.map((text) => `"${text}"`),
  sentence.map((text) => `'${text}'`),
  fc.constantFrom('2026-11-26', '2026-11-14T00:30:00+01:00', 'true', 'false', 'en', 'pt-BR'),
)
const authored = fc.oneof(
  authoredScalar,
  fc.array(words, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
)
const authoredLine = (name: string) =>
  fc.oneof(
    authored.map((text) => `${name}: ${text}`),
    fc
      .array(authoredScalar, { minLength: 1, maxLength: 3 })
      .map((items) => [`${name}:`, ...items.map((item) => `  - ${item}`)].join('\n')),
  )
const authoredFrontMatter = fc
  .uniqueArray(
    fc.constantFrom('title', 'date', 'standfirst', 'author', 'lang', 'tags', 'summary'),
    {
      minLength: 1,
    },
  )
  .chain((names) => fc.tuple(...names.map(authoredLine)))
  .map((lines) => lines.join('\n'))

test('front matter as authors write it is read without the library, as the library reads it', () => {
  let read = 0
  fc.assert(
    fc.property(authoredFrontMatter, (source) => {
      const plain = readPlainFrontMatter(source)
      if (plain === null) return
      read++
      expect(plain).toEqual(library(source))
    }),
    { numRuns: 2000, seed: propertySeed },
  )
  expect(read).toBeGreaterThan(1000)
}, 60_000)

test('the front matter articles are written with is read without the library', () => {
  const source = [
    'title: "Harwick tram extension to Saltmarsh approved"',
    'date: 2026-11-20',
    "standfirst: 'Councillors have backed a £212m plan.'",
    'author: "Megan Ashdown"',
    'lang: en',
    'tags: [transport, city, local-politics]',
    'featured: true',
    'summary:',
    '  - "The council voted 38 to 11."',
    '  - "Seven new stops will link Saltmarsh."',
  ].join('\n')
  expect(readPlainFrontMatter(source)).toEqual(library(source))
  expect(readPlainFrontMatter(source)).toMatchObject({
    featured: true,
    tags: ['transport', 'city', 'local-politics'],
  })
})

test('every bundled article reads as the library reads it, or is left to it', () => {
  const folder = path.resolve(import.meta.dirname, '../../content/articles')
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const split = splitFrontMatter(name, readFileSync(path.join(folder, name), 'utf8'))
    if ('field' in split) throw new Error(`${name}: ${split.message}`)
    const plain = readPlainFrontMatter(split.frontMatter)
    if (plain !== null) expect(plain, name).toEqual(library(split.frontMatter))
  }
})
