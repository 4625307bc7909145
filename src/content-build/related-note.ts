import type { RelatedHow, RelatedRun } from './relate-collection.ts'

// How related reading was worked out, for the build's line: a rebuild that takes seconds longer
// than the last says why.
const relatedWords: Record<RelatedHow, string> = {
  whole: 'worked out whole',
  updated: "updated from the last build's",
  unchanged: 'unchanged',
}
export const relatedNote = (related: RelatedRun | null): string =>
  related
    ? `; related reading ${relatedWords[related.how]}${related.why ? ` (${related.why})` : ''}`
    : ''

// How the collection was built: in place, or whole and why (rebuild-in-place.ts), so a rebuild
// that takes seconds where the last took one says what made it.
export const collectionNote = (
  collection: { how: 'in place' } | { how: 'whole'; why: string },
): string =>
  collection.how === 'in place'
    ? '; rebuilt in place'
    : `; collection built whole (${collection.why})`
