import { z } from 'zod'
import type { Relatedness } from './related-reading.ts'
import type { TermCorpus } from './weigh-terms.ts'

// What a run of related reading leaves for the next (relate-collection.ts): all it worked out,
// and what it was worked out from: its basis (the term numbering its ids are in, term-store.ts,
// and the code that worked it out, relate-collection.ts), each
// article's key (its words are the term store's under that key) and its topics' terms.
export type RelatedMemory = {
  basis: string
  keys: string[]
  topics: TermCorpus
  relatedness: Relatedness
}

// Bumped whenever the layout or the meaning of anything kept changes.
const FORMAT = 'lede-related-1'

// One binary file: a JSON header naming each array's type and length, then the arrays' bytes
// in that order, each at a multiple of 8 bytes. At 100,000 articles it is some 80 MB, read and
// written in a fraction of a second, where JSON would take seconds.
type Arrays = ReturnType<typeof arraysOf>

const arraysOf = ({ topics, relatedness: r }: RelatedMemory) => ({
  topicStarts: topics.starts,
  topicIds: topics.ids,
  topicCounts: topics.counts,
  frequency: r.frequency,
  sizes: r.kept.sizes,
  terms: r.kept.terms,
  weights: r.kept.weights,
  postingStarts: r.postings.starts,
  postingDocs: r.postings.docs,
  postingWeights: r.postings.weights,
  relatedSizes: r.related.sizes,
  relatedDocs: r.related.docs,
})

const types = { Int32Array, Uint32Array, Float64Array }
const typeName = (array: Arrays[keyof Arrays]) =>
  array instanceof Float64Array
    ? 'Float64Array'
    : array instanceof Int32Array
      ? 'Int32Array'
      : 'Uint32Array'

const count = z.number().int().min(1)
const HeaderSchema = z.object({
  format: z.literal(FORMAT),
  basis: z.string(),
  keys: z.array(z.string()),
  options: z.object({ terms: count, postings: count, count }),
  keep: count,
  arrays: z.array(
    z.tuple([
      z.string(),
      z.enum(['Int32Array', 'Uint32Array', 'Float64Array']),
      z.number().int().min(0),
    ]),
  ),
})

// The file's bytes as a few pieces, the arrays' own among them, so writing it never makes
// another copy of some 80 MB.
export function memoryChunks(memory: RelatedMemory): Uint8Array[] {
  const arrays = arraysOf(memory)
  const header = JSON.stringify({
    format: FORMAT,
    basis: memory.basis,
    keys: memory.keys,
    options: memory.relatedness.options,
    keep: memory.relatedness.kept.keep,
    arrays: Object.entries(arrays).map(([name, array]) => [name, typeName(array), array.length]),
  })
  const head = Buffer.from(header)
  const first = Buffer.alloc(Math.ceil((8 + head.length) / 8) * 8)
  first.writeUInt32LE(head.length, 0)
  head.copy(first, 8)
  const chunks: Uint8Array[] = [first]
  for (const array of Object.values(arrays)) {
    chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength))
    const padding = Math.ceil(array.byteLength / 8) * 8 - array.byteLength
    if (padding) chunks.push(new Uint8Array(padding))
  }
  return chunks
}

export const encodeMemory = (memory: RelatedMemory): Buffer => Buffer.concat(memoryChunks(memory))

// The memory in `bytes`, or null for anything else: another format, a file cut short.
export function decodeMemory(bytes: Buffer): RelatedMemory | null {
  try {
    const headSize = bytes.readUInt32LE(0)
    const parsed = HeaderSchema.safeParse(JSON.parse(bytes.toString('utf8', 8, 8 + headSize)))
    if (!parsed.success) return null
    const header = parsed.data
    // The arrays this code keeps, of the types it keeps them in, and no others.
    const expected = Object.entries(arraysOf(emptyMemory)).map(
      ([name, array]) => `${name}:${typeName(array)}`,
    )
    if (header.arrays.map(([name, type]) => `${name}:${type}`).join() !== expected.join())
      return null
    // The arrays are views of the bytes where they are aligned (a file read whole has a buffer
    // of its own), else of a copy.
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes)
    let at = Math.ceil((8 + headSize) / 8) * 8
    const arrays: Record<string, Arrays[keyof Arrays]> = {}
    for (const [name, type, length] of header.arrays) {
      const Type = types[type]
      const byteLength = length * Type.BYTES_PER_ELEMENT
      if (at + byteLength > aligned.length) return null
      arrays[name] = new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset + at, length)
      at += Math.ceil(byteLength / 8) * 8
    }
    if (at !== aligned.length) return null
    const a = arrays as Arrays
    return {
      basis: header.basis,
      keys: header.keys,
      topics: { starts: a.topicStarts, ids: a.topicIds, counts: a.topicCounts },
      relatedness: {
        options: header.options,
        frequency: a.frequency,
        kept: { keep: header.keep, sizes: a.sizes, terms: a.terms, weights: a.weights },
        postings: { starts: a.postingStarts, docs: a.postingDocs, weights: a.postingWeights },
        related: { sizes: a.relatedSizes, docs: a.relatedDocs },
      },
    }
  } catch {
    return null
  }
}

const emptyMemory: RelatedMemory = {
  basis: '',
  keys: [],
  topics: { starts: new Uint32Array(0), ids: new Uint32Array(0), counts: new Uint32Array(0) },
  relatedness: {
    options: { terms: 1, postings: 1, count: 1 },
    frequency: new Int32Array(0),
    kept: {
      keep: 1,
      sizes: new Int32Array(0),
      terms: new Int32Array(0),
      weights: new Float64Array(0),
    },
    postings: { starts: new Int32Array(0), docs: new Int32Array(0), weights: new Float64Array(0) },
    related: { sizes: new Int32Array(0), docs: new Int32Array(0) },
  },
}
