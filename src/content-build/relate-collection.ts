import type { RelatedMemory } from './related-memory.ts'
import {
  defaultRelatedOptions,
  listsOf,
  relate,
  type RelatedOptions,
  type Relatedness,
} from './related-reading.ts'
import type { TermIds } from './term-table.ts'
import { updateRelated, type TermChange } from './update-related.ts'
import type { TermCorpus } from './weigh-terms.ts'

// What related reading reads of the collection: for each article in reading order, its words
// and its topics' terms (numbered by one term table), and the order of that table's words
// (term-order.ts), asked for once the terms it needs are read, as reading them may number more.
export type CollectionTerms = {
  total: number
  wordsOf: (doc: number) => TermIds
  topicsOf: (doc: number) => TermIds
  order: () => Float64Array
}

// What a folder build adds so a run can start from the last one's related reading: what a
// memory must have been made on to be used (`basis`: the name of the term numbering,
// term-store.ts, and related reading's code), each article's key (what its words are stored
// under), a way to the words stored under a key, and the last run's memory.
export type RelatedRecall = {
  basis: string
  keyOf: (doc: number) => string
  storedWords: (key: string) => TermIds | undefined
  previous: RelatedMemory | null
}

export type CollectionRelated = {
  lists: number[][]
  memory: RelatedMemory | null
  // How it was worked out, for the build's report and its tests.
  how: RelatedHow
}

export type RelatedHow = 'whole' | 'updated' | 'unchanged'

/**
 * Related reading for the collection: from the last run's when the articles are the same ones
 * in the same order and few of them changed (update-related.ts), else worked out whole. Both
 * give the same answer to the last bit; the first costs what changed.
 */
export function relateCollection(
  terms: CollectionTerms,
  recall?: RelatedRecall,
  options: RelatedOptions = defaultRelatedOptions,
): CollectionRelated {
  const keys = recall ? Array.from({ length: terms.total }, (_, doc) => recall.keyOf(doc)) : []
  const topics = recall ? topicCorpus(terms) : null
  const remember = (relatedness: Relatedness): RelatedMemory | null =>
    recall && topics ? { basis: recall.basis, keys, topics, relatedness } : null
  const previous = recall?.previous
  if (recall && previous && sameShape(previous, recall, terms.total, options)) {
    const changes = changesSince(previous, keys, terms, recall)
    if (changes && !changes.length) {
      return {
        lists: listsOf(previous.relatedness),
        memory: remember(previous.relatedness),
        how: 'unchanged',
      }
    }
    const updated = changes && updateRelated(previous.relatedness, changes, terms.order())
    if (updated) return { lists: listsOf(updated), memory: remember(updated), how: 'updated' }
  }
  const corpus = wholeCorpus(terms)
  const whole = relate(corpus, terms.order(), options)
  return { lists: listsOf(whole), memory: remember(whole), how: 'whole' }
}

function sameShape(
  previous: RelatedMemory,
  recall: RelatedRecall,
  total: number,
  options: RelatedOptions,
): boolean {
  const was = previous.relatedness.options
  return (
    previous.basis === recall.basis &&
    previous.keys.length === total &&
    was.terms === options.terms &&
    was.postings === options.postings &&
    was.count === options.count
  )
}

// The articles whose key changed, each with its terms then and now; null when an article's
// words then are no longer stored.
function changesSince(
  previous: RelatedMemory,
  keys: readonly string[],
  terms: CollectionTerms,
  recall: RelatedRecall,
): TermChange[] | null {
  const changes: TermChange[] = []
  for (let doc = 0; doc < keys.length; doc++) {
    if (keys[doc] === previous.keys[doc]) continue
    const words = recall.storedWords(previous.keys[doc]!)
    if (!words) return null
    const { starts, ids, counts } = previous.topics
    const topics = {
      ids: ids.subarray(starts[doc], starts[doc + 1]),
      counts: counts.subarray(starts[doc], starts[doc + 1]),
    }
    changes.push({
      doc,
      before: joined(words, topics),
      after: joined(terms.wordsOf(doc), terms.topicsOf(doc)),
    })
  }
  return changes
}

const joined = (words: TermIds, topics: TermIds): TermIds => {
  const ids = new Uint32Array(words.ids.length + topics.ids.length)
  const counts = new Uint32Array(ids.length)
  ids.set(words.ids)
  ids.set(topics.ids, words.ids.length)
  counts.set(words.counts)
  counts.set(topics.counts, words.counts.length)
  return { ids, counts }
}

// Every article's words followed by its topics' terms, end to end.
function wholeCorpus(terms: CollectionTerms): TermCorpus {
  const words: TermIds[] = []
  const topics: TermIds[] = []
  const starts = new Uint32Array(terms.total + 1)
  for (let doc = 0; doc < terms.total; doc++) {
    words.push(terms.wordsOf(doc))
    topics.push(terms.topicsOf(doc))
    starts[doc + 1] = starts[doc]! + words[doc]!.ids.length + topics[doc]!.ids.length
  }
  const ids = new Uint32Array(starts[terms.total]!)
  const counts = new Uint32Array(ids.length)
  for (let doc = 0; doc < terms.total; doc++) {
    let at = starts[doc]!
    for (const part of [words[doc]!, topics[doc]!]) {
      ids.set(part.ids, at)
      counts.set(part.counts, at)
      at += part.ids.length
    }
  }
  return { starts, ids, counts }
}

function topicCorpus(terms: CollectionTerms): TermCorpus {
  const lists = Array.from({ length: terms.total }, (_, doc) => terms.topicsOf(doc))
  const starts = new Uint32Array(terms.total + 1)
  lists.forEach((list, doc) => (starts[doc + 1] = starts[doc]! + list.ids.length))
  const ids = new Uint32Array(starts[terms.total]!)
  const counts = new Uint32Array(ids.length)
  lists.forEach((list, doc) => {
    ids.set(list.ids, starts[doc])
    counts.set(list.counts, starts[doc])
  })
  return { starts, ids, counts }
}
