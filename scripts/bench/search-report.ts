import type { Goal } from './goal.ts'
import { kb, median, ms, table, type Row } from './report-format.ts'
import type { SearchBuild } from './search-build-times.ts'
import type { Transferred } from './network-meter.ts'
import type { SearchFigures, SearchQuery } from './search-in-browser.ts'

export const FIRST_QUERY_BUDGET = 150_000
export const LATER_QUERY_BUDGET = 20_000
export const LATENCY_BUDGET_MS = 300

const times = (figures: SearchFigures) =>
  figures.later.flatMap(({ ms: time }) => (time === null ? [] : [time]))

export function searchGoals(build: SearchBuild, figures: SearchFigures): Goal[] {
  const at = build.articles.toLocaleString('en-GB')
  const largestLater = Math.max(...figures.later.map(({ bytes }) => bytes))
  const latency = times(figures)
  return [
    {
      goal: `search, first query in all, ${at} articles`,
      target: `≤ ${kb(FIRST_QUERY_BUDGET)}`,
      measured: `${kb(figures.first.bytes)} in ${figures.first.requests} files`,
      met: figures.first.bytes <= FIRST_QUERY_BUDGET,
    },
    {
      goal: `search, each later query, ${at} articles`,
      target: `≤ ${kb(LATER_QUERY_BUDGET)}`,
      measured: `at most ${kb(largestLater)}`,
      met: largestLater <= LATER_QUERY_BUDGET,
    },
    {
      goal: 'search, last keystroke to results on screen, median',
      target: `≤ ${LATENCY_BUDGET_MS} ms`,
      measured: `${ms(median(latency))} (slowest ${ms(Math.max(...latency))})`,
      met: latency.length > 0 && median(latency) <= LATENCY_BUDGET_MS,
    },
  ]
}

const queryRow = (query: SearchQuery, index: number): Row => ({
  query: index === 0 ? `first: “${query.term}”` : `“${query.term}”`,
  transferred: `${kb(query.bytes)} in ${query.requests} files`,
  'last keystroke to results': query.ms === null ? 'index loading' : ms(query.ms),
})

// What the queries fetched, by kind: Pagefind's files by their extension, the rest by path.
export function fileKinds(files: readonly Transferred[]): string {
  const kinds = new Map<string, { count: number; bytes: number }>()
  for (const { path, bytes } of files) {
    const kind = path.startsWith('/pagefind/') ? (path.split('.').pop() ?? path) : path
    const seen = kinds.get(kind) ?? { count: 0, bytes: 0 }
    kinds.set(kind, { count: seen.count + 1, bytes: seen.bytes + bytes })
  }
  return [...kinds].map(([kind, { count, bytes }]) => `${kind} ×${count} (${kb(bytes)})`).join(', ')
}

export function searchSection(build: SearchBuild, figures: SearchFigures): string[] {
  const at = build.articles.toLocaleString('en-GB')
  return [
    '### Search',
    '',
    `Corpus of ${at}. Build: related reading (\`addRelated\` over every article, as the content build runs it) took ${build.relatedSeconds.toFixed(1)} s and the Pagefind index (\`writeSearchIndex\`, as \`npm run site-files\` writes it, one bundle per language) ${build.indexSeconds.toFixed(1)} s, each timed in the bench's own process on the built articles.`,
    '',
    `In the browser: a reader on an article presses \`/\` and types a word, then, with the index loaded, types one word after another over the last (80 ms between keys, as a quick typist; the page searches once the typing pauses for 120 ms). Transferred is what Chromium received, headers and encoded bodies, from the first key until the network is quiet for 500 ms, with the service worker off; the article's own first load is over before the first key. The time runs from the last input event of a word to the first animation frame after its results (the status line and first headline it shows when opened on its own) are on the page. Files of the first query: ${fileKinds(figures.first.files)}; of the later ones, all together: ${fileKinds(figures.later.flatMap(({ files }) => files))}.`,
    '',
    table(figures.first ? [figures.first, ...figures.later].map(queryRow) : []),
  ]
}
