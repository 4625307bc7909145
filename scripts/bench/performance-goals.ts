import type { Goal } from './goal.ts'
import { largestCorpus, type Measurements } from './measurements.ts'
import { kb, median, ms } from './report-format.ts'
import { searchGoals } from './search-report.ts'

export function bytesRatio(m: Measurements): number {
  const smallest = m.transfers.get(m.corpora[0]?.size ?? 0)
  const largest = m.transfers.get(largestCorpus(m)?.size ?? 0)
  return smallest && largest ? largest.firstLoad.gzip / smallest.firstLoad.gzip : Number.NaN
}

export function performanceGoals(m: Measurements): Goal[] {
  const corpus = largestCorpus(m)
  const seconds = corpus ? corpus.contentSeconds + corpus.prerenderSeconds : Number.NaN
  const largest = m.transfers.get(corpus?.size ?? 0)
  const ratio = bytesRatio(m)
  const cached = median(m.cached.next)
  const cold = median(m.coldNext)
  const hydration = median(m.hydration)
  return [
    {
      goal: `${(corpus?.size ?? 0).toLocaleString('en-GB')} articles built and prerendered`,
      target: '≤ 60 s',
      measured: `${seconds.toFixed(1)} s`,
      met: seconds <= 60,
    },
    {
      goal: 'bytes to open an article, largest / smallest corpus',
      target: '≤ 1.05',
      measured: ratio.toFixed(3),
      met: ratio <= 1.05,
    },
    {
      goal: 'next article, neighbours cached, median',
      target: '≤ 50 ms',
      measured: ms(cached),
      met: cached <= 50,
    },
    {
      goal: 'next article, cold, median',
      target: '≤ 150 ms',
      measured: ms(cold),
      met: cold <= 150,
    },
    {
      goal: 'first paint to whole article hydrated, median of 5 fresh loads',
      target: '≤ 150 ms',
      measured: `${ms(hydration)} (${m.hydration.map((time) => time.toFixed(0)).join(', ')} ms)`,
      met: hydration <= 150,
    },
    {
      goal: 'all JavaScript an article page fetches by network idle (gzip)',
      target: '≤ 85 kB',
      measured: `${kb(largest?.scripts.gzip ?? Number.NaN)} in ${largest?.scripts.requests ?? 0} files`,
      met: (largest?.scripts.gzip ?? Infinity) <= 85_000,
    },
    ...(m.search ? searchGoals(m.search.build, m.search.figures) : []),
  ]
}
