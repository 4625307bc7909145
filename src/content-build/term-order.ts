import type { TermTable } from './term-table.ts'

// Where two terms weigh the same in an article, related reading keeps the one that comes first
// in an order of the words themselves, never of their numbers in the term table (those depend
// on which articles an earlier run numbered first) nor of where they first come in the
// collection (that moves whenever an article gains or loses a word, and an edit would then
// re-weigh every article). The order is a 53-bit hash of the word, as a number: two words tie
// on it about once in 2^53 pairs, and then the lower number goes first.
export function termOrder(table: TermTable): Float64Array {
  const order = new Float64Array(table.size())
  for (let id = 0; id < order.length; id++) order[id] = wordHash(table.termAt(id))
  return order
}

// Two 32-bit FNV-1a hashes of the word's UTF-16 units with different offsets, 21 bits of one
// above the 32 of the other: exact in a double, and the same on every run and machine.
export function wordHash(word: string): number {
  let high = 0x811c9dc5
  let low = 0x01000193
  for (let at = 0; at < word.length; at++) {
    const unit = word.charCodeAt(at)
    high = Math.imul(high ^ unit, 0x01000193)
    low = Math.imul(low ^ unit, 0x01000193) ^ (low >>> 15)
  }
  return (high >>> 11) * 0x100000000 + (low >>> 0)
}
