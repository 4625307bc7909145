import type { RelatedMemory } from './related-memory.ts'
import {
  corpusOf,
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
  // How it was worked out, for the build's report and its tests, and why it was worked out
  // whole when it was.
  how: RelatedHow
  why?: string
}

export type RelatedHow = 'whole' | 'updated' | 'unchanged'
export type RelatedRun = Pick<CollectionRelated, 'how' | 'why'>

/**
 * Related reading for the collection: from the last run's when there are as many articles and
 * few places in the order hold another article's terms than last time (an edit, or an article
 * moved a few places by its date), through update-related.ts; else worked out whole. Both give
 * the same answer to the last bit; the first costs what changed.
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
  let why = 'no earlier build to start from'
  if (recall && previous) {
    const changes =
      unlike(previous, recall, terms.total, options) ?? changesSince(previous, keys, terms, recall)
    if (typeof changes === 'string') {
      why = changes
    } else if (!changes.length) {
      const same = previous.relatedness
      return { lists: listsOf(same), memory: remember(same), how: 'unchanged' }
    } else {
      const updated = updateRelated(previous.relatedness, changes, terms.order())
      if (!('why' in updated)) {
        return { lists: listsOf(updated), memory: remember(updated), how: 'updated' }
      }
      why = updated.why
    }
  }
  const whole = relate(wholeCorpus(terms), terms.order(), options)
  return { lists: listsOf(whole), memory: remember(whole), how: 'whole', why }
}

// Why the last run's memory cannot be the start of this one, or null when it can.
function unlike(
  previous: RelatedMemory,
  recall: RelatedRecall,
  total: number,
  options: RelatedOptions,
): string | null {
  const was = previous.relatedness.options
  if (previous.basis !== recall.basis) return "the build's code or its word numbering changed"
  if (previous.keys.length !== total) return 'articles were added or removed'
  if (
    was.terms !== options.terms ||
    was.postings !== options.postings ||
    was.count !== options.count
  ) {
    return 'its settings changed'
  }
  return null
}

// The articles whose key changed, each with its terms then and now; why not, when an article's
// words then are no longer stored.
function changesSince(
  previous: RelatedMemory,
  keys: readonly string[],
  terms: CollectionTerms,
  recall: RelatedRecall,
): TermChange[] | string {
  const changes: TermChange[] = []
  for (let doc = 0; doc < keys.length; doc++) {
    if (keys[doc] === previous.keys[doc]) continue
    const words = recall.storedWords(previous.keys[doc]!)
    if (!words) return "an edited article's earlier words are no longer stored"
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
  return corpusOf(Array.from({ length: terms.total }, (_, doc) => terms.topicsOf(doc)))
}
