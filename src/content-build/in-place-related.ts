import type { ArticleCache } from './article-cache.ts'
import { relatedCodeHash } from './build-code-hash.ts'
import { relateCollection, type CollectionTerms } from './relate-collection.ts'
import { readRelatedMemory, relatedMemoryFile } from './related-memory-file.ts'
import type { RelatedMemory } from './related-memory.ts'
import type { Relatedness } from './related-reading.ts'
import { termOrder } from './term-order.ts'
import type { TermStore } from './term-store.ts'

export type EditedRelated = ReturnType<typeof relateCollection> & {
  previous: RelatedMemory
  // The articles whose related reading is not what it was.
  changed: number[]
}

// Related reading from the last run's, changed by the edited articles' words
// (relate-collection.ts); the topics are the last run's, as the shape of every article is.
export async function relateEdited(
  cache: ArticleCache,
  terms: TermStore,
  keys: readonly string[],
): Promise<EditedRelated | string> {
  if (!terms.numbering) return 'another build holds the term store'
  const basis = `${terms.numbering} ${await relatedCodeHash()}`
  const previous = readRelatedMemory(relatedMemoryFile(cache.folder))
  if (!previous || previous.basis !== basis) return "related reading's memory is not this code's"
  const { starts, ids, counts } = previous.topics
  const collection: CollectionTerms = {
    total: keys.length,
    wordsOf: (doc) => terms.termsOf(keys[doc]!, () => cache.terms(keys[doc]!)),
    topicsOf: (doc) => ({
      ids: ids.subarray(starts[doc], starts[doc + 1]),
      counts: counts.subarray(starts[doc], starts[doc + 1]),
    }),
    order: () => termOrder(terms.table),
  }
  const related = relateCollection(collection, {
    basis,
    keyOf: (doc) => keys[doc]!,
    storedWords: (key) => terms.storedTerms(key),
    previous,
  })
  // Worked out whole (an edit that changes how much words weigh everywhere), it is still only
  // the articles whose lists changed that are written again.
  const after = related.memory?.relatedness
  const changed = after ? changedLists(previous.relatedness, after) : []
  return { ...related, previous, changed }
}

// The documents whose related lists differ, read from the lists' arrays as they are.
function changedLists(before: Relatedness, after: Relatedness): number[] {
  const { sizes, docs } = after.related
  const count = after.options.count
  const was = before.related
  const changed: number[] = []
  for (let doc = 0; doc < sizes.length; doc++) {
    const size = sizes[doc]!
    let same = before.options.count === count && was.sizes[doc] === size
    for (let at = doc * count; same && at < doc * count + size; at++)
      same = was.docs[at] === docs[at]
    if (!same) changed.push(doc)
  }
  return changed
}
