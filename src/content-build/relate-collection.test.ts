import { expect, test } from 'vitest'
import { decodeMemory, encodeMemory } from './related-memory.ts'
import { relateCollection, type CollectionTerms, type RelatedRecall } from './relate-collection.ts'
import { encodeTermCounts } from './term-counts.ts'
import { termOrder } from './term-order.ts'
import { createTermTable, internTerms, type TermIds } from './term-table.ts'
import type { RelatedMemory } from './related-memory.ts'

const texts = [
  'otter river survey otter brack holt',
  'tram line extension council vote depot',
  'otter river holt wildlife brack survey',
  'tram depot council budget line',
  'bakery bread flour oven river',
  'council budget vote tram bakery',
]
const table = createTermTable()
const none: TermIds = { ids: new Uint32Array(0), counts: new Uint32Array(0) }
const wordsOf = (text: string) => internTerms(table, encodeTermCounts(text.split(' ')))

// A collection as a folder build gives it: each article's words stored under its key.
function collection(list: readonly string[]) {
  const keys = list.map((text) => `key of ${text}`)
  const stored = new Map(list.map((text, at) => [keys[at]!, wordsOf(text)]))
  const terms: CollectionTerms = {
    total: list.length,
    wordsOf: (doc) => stored.get(keys[doc]!)!,
    topicsOf: () => none,
    order: () => termOrder(table),
  }
  return { terms, keys, stored }
}

const recallOf = (
  { keys }: { keys: string[] },
  stored: Map<string, TermIds>,
  previous: RelatedMemory | null,
  basis = 'numbering 1',
): RelatedRecall => ({
  basis,
  keyOf: (doc) => keys[doc]!,
  storedWords: (key) => stored.get(key),
  previous,
})

test('a run with nothing changed, or one article edited, starts from the last run and agrees with a whole one', () => {
  const first = collection(texts)
  const start = relateCollection(first.terms, recallOf(first, first.stored, null))
  expect(start.how).toBe('whole')
  expect(start.lists).toEqual(relateCollection(first.terms).lists)

  // Kept as the build keeps it, in its file's bytes.
  const memory = decodeMemory(encodeMemory(start.memory!))
  expect(memory).toEqual(start.memory)
  const again = relateCollection(first.terms, recallOf(first, first.stored, memory))
  expect(again.how).toBe('unchanged')
  expect(again.lists).toEqual(start.lists)

  // "River" twice more in the fifth article: its counts change, no word comes or goes.
  const edited = collection(texts.map((text, at) => (at === 4 ? `${text} river river` : text)))
  const stored = new Map([...first.stored, ...edited.stored])
  const next = relateCollection(edited.terms, recallOf(edited, stored, memory))
  expect(next.how).toBe('updated')
  expect(next.lists).toEqual(relateCollection(edited.terms).lists)
})

test('a last run on another basis (numbering or code), of another collection, or whose words are gone is not used', () => {
  const first = collection(texts)
  const memory = relateCollection(first.terms, recallOf(first, first.stored, null)).memory
  const renumbered = relateCollection(
    first.terms,
    recallOf(first, first.stored, memory, 'numbering 2'),
  )
  expect(renumbered.how).toBe('whole')
  const grown = collection([...texts, 'otter holt'])
  expect(relateCollection(grown.terms, recallOf(grown, grown.stored, memory)).how).toBe('whole')
  const edited = collection(texts.map((text, at) => (at === 0 ? `${text} holt` : text)))
  expect(relateCollection(edited.terms, recallOf(edited, edited.stored, memory)).how).toBe('whole')
})

test('a memory file cut short or of another format is not read', () => {
  const first = collection(texts)
  const memory = relateCollection(first.terms, recallOf(first, first.stored, null)).memory!
  const bytes = encodeMemory(memory)
  expect(decodeMemory(bytes.subarray(0, bytes.length - 8))).toBeNull()
  expect(decodeMemory(Buffer.from('not a memory at all'))).toBeNull()
  const header = bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(0))
  const other = Buffer.from(bytes)
  other.write(header.replace('lede-related-1', 'lede-related-0'), 8)
  expect(decodeMemory(other)).toBeNull()
})
