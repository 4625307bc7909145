// Related reading's words as numbers. Weighing 100,000 articles' words as strings costs a map
// lookup per word per article, twice: most of a rebuild. Each word is given a number once, in
// a table the build keeps (term-store.ts keeps the numbered words of unchanged articles between
// runs), and the weighing runs on arrays of numbers.

// One document's distinct terms: `ids[i]` came `counts[i]` times. Unique ids, in the order the
// terms first came in the document.
export type TermIds = { ids: Uint32Array; counts: Uint32Array }

export type TermTable = {
  idOf: (term: string) => number
  termAt: (id: number) => string
  size: () => number
}

export function createTermTable(): TermTable {
  const ids = new Map<string, number>()
  const terms: string[] = []
  return {
    idOf(term) {
      let id = ids.get(term)
      if (id === undefined) {
        id = terms.length
        ids.set(term, id)
        terms.push(term)
      }
      return id
    },
    termAt: (id) => terms[id] as string,
    size: () => terms.length,
  }
}

// Counted terms as term-counts.ts stores them, "word count word count ...", as numbers.
export function internTerms(table: TermTable, encoded: string): TermIds {
  if (!encoded) return { ids: new Uint32Array(0), counts: new Uint32Array(0) }
  const parts = encoded.split(' ')
  const length = parts.length >> 1
  const ids = new Uint32Array(length)
  const counts = new Uint32Array(length)
  for (let at = 0; at < length; at++) {
    ids[at] = table.idOf(parts[2 * at] as string)
    counts[at] = Number(parts[2 * at + 1])
  }
  return { ids, counts }
}
