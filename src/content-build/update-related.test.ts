import fc from 'fast-check'
import { expect, test } from 'vitest'
import { corpusOf, listsOf, relate, type RelatedOptions } from './related-reading.ts'
import { termOrder } from './term-order.ts'
import { createTermTable, type TermIds } from './term-table.ts'
import { updateRelated } from './update-related.ts'

// Small enough that the cuts bite: four terms kept per document, three postings per term.
const options: RelatedOptions = { terms: 4, postings: 3, count: 3 }
const words = Array.from({ length: 14 }, (_, at) => `w${at}`)

const documentOf = (
  counts: readonly number[],
  extra: readonly string[],
  table = createTermTable(),
) => {
  const ids: number[] = []
  const times: number[] = []
  counts.forEach((count, at) => {
    if (count > 0) {
      ids.push(table.idOf(words[at]!))
      times.push(count)
    }
  })
  for (const word of extra) {
    ids.push(table.idOf(word))
    times.push(1)
  }
  return { ids: Uint32Array.from(ids), counts: Uint32Array.from(times) } satisfies TermIds
}

const counts = fc.array(fc.integer({ min: 0, max: 3 }), {
  minLength: words.length,
  maxLength: words.length,
})
// An edit: new counts for the same words (a word may come or go), and perhaps a word no other
// document has, which weighs nothing (inverseOf).
const edit = fc.record({
  doc: fc.nat(),
  counts,
  unique: fc.boolean(),
  countsOnly: fc.boolean(),
})

test('an edit worked out from the last run gives what working it all out gives', () => {
  let updated = 0
  fc.assert(
    fc.property(
      fc.array(counts, { minLength: 6, maxLength: 30 }),
      fc.array(edit, { minLength: 1, maxLength: 2 }),
      (collection, edits) => {
        const table = createTermTable()
        const before = collection.map((document) => documentOf(document, [], table))
        const after = [...before]
        const changes = []
        const done = new Set<number>()
        for (const [at, change] of edits.entries()) {
          const doc = change.doc % collection.length
          if (done.has(doc)) continue
          done.add(doc)
          // Counts only: the same words, each a count from the edit (at least 1).
          const next = change.countsOnly
            ? collection[doc]!.map((count, word) =>
                count > 0 ? 1 + (change.counts[word]! % 3) : 0,
              )
            : change.counts
          after[doc] = documentOf(next, change.unique ? [`only-${at}`] : [], table)
          changes.push({ doc, before: before[doc]!, after: after[doc]! })
        }
        const order = termOrder(table)
        const last = relate(corpusOf(before), order, options)
        const whole = relate(corpusOf(after), order, options)
        const result = updateRelated(last, changes, order)
        if ('why' in result) return
        updated += 1
        expect(listsOf(result)).toEqual(listsOf(whole))
        expect(result.kept).toEqual(whole.kept)
        expect(result.postings).toEqual(whole.postings)
        expect(result.frequency).toEqual(whole.frequency)
      },
    ),
    { numRuns: 400, seed: 20261203 },
  )
  // The property says something only if the update was taken often.
  expect(updated).toBeGreaterThan(100)
})

test('an edit that changes how much a term weighs elsewhere is worked out whole', () => {
  const table = createTermTable()
  const before = [
    documentOf([2, 1], [], table),
    documentOf([1, 0, 1], [], table),
    documentOf([0, 1, 1], [], table),
  ]
  const order = termOrder(table)
  const last = relate(corpusOf(before), order, options)
  // w1 was in two documents, and is in three: every article's weight for it changes.
  const after = documentOf([1, 1, 1], [], table)
  expect(updateRelated(last, [{ doc: 1, before: before[1]!, after }], order)).toEqual({
    why: 'an edit changed how much a word weighs in other articles',
  })
})
