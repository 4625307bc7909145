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
