import { expect, test } from 'vitest'
import { corpusOf, similarDocuments } from './related-reading.ts'
import { encodeTermCounts } from './term-counts.ts'
import { createTermTable, internTerms, type TermTable } from './term-table.ts'

const table = createTermTable()
const doc = (text: string, numbering: TermTable = table) =>
  internTerms(numbering, encodeTermCounts(text.split(' ')))

const docs = [
  doc('otter river survey otter brack'),
  doc('tram line extension council vote'),
  doc('otter river holt wildlife brack'),
  doc('tram depot council budget'),
  doc('bakery bread flour'),
]

test('documents that share distinctive terms are related, best first, never themselves', () => {
  const related = similarDocuments(docs, table)
  expect(related[0]).toEqual([2])
  expect(related[2]).toEqual([0])
  expect(related[1]).toEqual([3])
  // Nothing in common with anything: no related documents, rather than a random pick.
  expect(related[4]).toEqual([])
  related.forEach((list, index) => expect(list).not.toContain(index))
})

test('the same collection always gives the same answer, ties to the earlier document', () => {
  const tied = [doc('a b'), doc('a c'), doc('a d'), doc('b c d')]
  expect(similarDocuments(tied, table)).toEqual(similarDocuments(tied, table))
  expect(similarDocuments(tied, table)[3]).toEqual([0, 1, 2])
})

test('a term in every document says nothing', () => {
  expect(similarDocuments([doc('news a'), doc('news b'), doc('news c')], table)).toEqual([
    [],
    [],
    [],
  ])
})

test('posting lists are capped, so cost grows with the collection, not its square', () => {
  // Every document shares "common" with every other; with two postings kept, each document
  // reaches at most two others through it.
  const many = Array.from({ length: 50 }, (_, i) => doc(`common x${i} rare${i % 25}`))
  const related = similarDocuments(many, table, { postings: 2, count: 10 })
  for (const list of related) expect(list.length).toBeLessThanOrEqual(4)
})

test('the answer does not depend on how the words were numbered', () => {
  // Ties between terms go by an order of the words themselves, so a table that numbered the
  // same words in another order (an earlier run's) gives the same answer.
  const texts = ['a b c', 'a b d', 'c d e', 'b e a', 'e d c', 'x a y', 'y b x']
  const reversed = createTermTable()
  for (const word of ['y', 'x', 'e', 'd', 'c', 'b', 'a']) reversed.idOf(word)
  const shared = createTermTable()
  expect(
    similarDocuments(
      texts.map((text) => doc(text, shared)),
      shared,
    ),
  ).toEqual(
    similarDocuments(
      texts.map((text) => doc(text, reversed)),
      reversed,
    ),
  )
})

test('a capped posting list keeps, of documents that weigh a term the same, the earliest', () => {
  const same = [...Array.from({ length: 5 }, () => doc('c x')), doc('y z'), doc('y z')]
  const related = similarDocuments(same, table, { postings: 2 })
  expect(related[4]).toEqual([0, 1])
  expect(related[0]).toEqual([1])
  expect(related[5]).toEqual([6])
})

test('the collection as one run of terms gives the same answer as a list of documents', () => {
  expect(similarDocuments(corpusOf(docs), table)).toEqual(similarDocuments(docs, table))
})
