import fc from 'fast-check'
import { expect, test } from 'vitest'
import { SectionSchema } from '../articles/article-schema.ts'
import { numRuns, propertySeed, textLike } from './hostile-strings.ts'
import { makeSectionIds } from './section-ids.ts'

// Names a heading could turn into that the page must never hand to the DOM as an id: globals
// an element with that id would shadow, and ids the app or the paragraphs already use.
const clobberingTitles = [
  'location',
  'top',
  'cookie',
  'constructor',
  '__proto__',
  'document',
  'alert',
  'Lede root',
  'lede-root',
  'p-1',
  'P 12',
  'section-2',
  'Untitled',
  '',
  '!!!',
  'What comes next',
  'What comes next 2',
]
const title = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...clobberingTitles) },
  { weight: 2, arbitrary: textLike },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
)
const titles = fc.array(title, { maxLength: 12 })

const isIdentifier = (id: string) => /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(id)

const idsAreSafe = (make: (titles: string[]) => string[]) =>
  fc.property(titles, (headings) => {
    const ids = make(headings)
    return (
      ids.length === headings.length &&
      new Set(ids).size === ids.length &&
      ids.every(
        (id) =>
          id.includes('-') &&
          !isIdentifier(id) &&
          !id.startsWith('lede-') &&
          !/^p-\d+$/.test(id) &&
          SectionSchema.safeParse({ id, title: 't', blocks: [] }).success,
      )
    )
  })

// Three hundred runs can take several seconds on a busy machine.
test('section ids are unique, hyphenated, valid for the schema and never a reserved name', () => {
  fc.assert(idsAreSafe(makeSectionIds), { numRuns, seed: propertySeed })
}, 30_000)

test('negative control: the property catches a naive slug maker', () => {
  const naive = (headings: string[]) =>
    headings.map((heading) => heading.toLowerCase().trim().replace(/\s+/g, '-'))
  expect(fc.check(idsAreSafe(naive), { numRuns, seed: propertySeed }).failed).toBe(true)
}, 30_000)
