import type { BuiltCorpus } from './build-corpus.ts'
import type { Transfer } from './bytes-to-open.ts'
import type { Compressed } from './first-load-files.ts'
import type { SearchBuild } from './search-build-times.ts'
import type { SearchFigures } from './search-in-browser.ts'

// Everything one run of the bench measured, from which the goals and the report are written.
export type Measurements = {
  sizesOption: string
  navigations: number
  corpora: BuiltCorpus[]
  transfers: Map<number, Transfer>
  startSlug: string
  hydration: number[]
  cached: { next: number[]; prev: number[] }
  coldNext: number[]
  coldPrev: number[]
  firstLoad: { js: Compressed; css: Compressed }
  search: { build: SearchBuild; figures: SearchFigures } | null
  machine: string
  loadAtStart: string
  loadAtEnd: string
}

export const largestCorpus = (m: Measurements) => m.corpora[m.corpora.length - 1]
