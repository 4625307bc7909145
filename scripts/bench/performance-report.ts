import { slugOf } from '../generate-corpus.ts'
import { goalRow, type Goal } from './goal.ts'
import { largestCorpus, type Measurements } from './measurements.ts'
import { bytesRatio } from './performance-goals.ts'
import { kb, mb, median, ms, percentile, table, type Row } from './report-format.ts'
import { searchSection } from './search-report.ts'

const count = (n: number) => n.toLocaleString('en-GB')

function buildRows(m: Measurements): Row[] {
  return m.corpora.map((corpus) => {
    const seconds = corpus.contentSeconds + corpus.prerenderSeconds
    return {
      articles: count(corpus.size),
      'content build': `${corpus.contentSeconds.toFixed(1)} s`,
      prerender: `${corpus.prerenderSeconds.toFixed(1)} s`,
      total: `${seconds.toFixed(1)} s`,
      'articles/s': (corpus.size / seconds).toFixed(0),
      'output (data + HTML)': mb(corpus.producedBytes),
      'list page (HTML + JSON)': kb(corpus.listBytes),
      'open one article (gzip)': kb(m.transfers.get(corpus.size)?.firstLoad.gzip ?? Number.NaN),
    }
  })
}

const transferRows = (m: Measurements): Row[] =>
  [...m.transfers].map(([size, { firstLoad, later, scripts }]) => ({
    articles: count(size),
    'HTML and what it names': `${firstLoad.requests} files, ${firstLoad.raw} B (${firstLoad.gzip} B gzip)`,
    'fetched by the app by network quiet': `${later.requests} files, ${later.raw} B (${later.gzip} B gzip)`,
    'of all that, scripts': `${scripts.requests} files, ${scripts.raw} B (${scripts.gzip} B gzip)`,
  }))

function navigationRows(m: Measurements): Row[] {
  const row = (name: string, times: number[]) => ({
    navigation: name,
    clicks: String(times.length),
    median: ms(median(times)),
    p95: ms(percentile(times, 95)),
  })
  return [
    row('next, neighbours cached', m.cached.next),
    row('previous, neighbours cached', m.cached.prev),
    row('next, cold', m.coldNext),
    row('previous, cold', m.coldPrev),
  ]
}

function sizeRows({ firstLoad: { js, css } }: Measurements): Row[] {
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`
  return [
    {
      asset: `JavaScript (${files(js.files)})`,
      raw: kb(js.raw),
      gzip: kb(js.gzip),
      brotli: kb(js.brotli),
    },
    {
      asset: `CSS (${files(css.files)})`,
      raw: kb(css.raw),
      gzip: kb(css.gzip),
      brotli: kb(css.brotli),
    },
  ]
}

// A cold click shows the loading skeleton, and React keeps a Suspense fallback on screen for
// at least 300 ms once shown, so no fetch, however fast, reveals the article sooner.
const coldNote = (m: Measurements) =>
  median(m.coldNext) > 150
    ? [
        '',
        "Cold navigation misses its goal by design of the current loading state, not by the fetch: the route shows the skeleton while the article's JSON loads, and React holds a Suspense fallback on screen for at least 300 ms once it has appeared (react-dom's fallback throttle), so the article cannot appear sooner however fast localhost answers. Navigating in a transition (the old article stays until the new one is ready, the skeleton only after a delay) would bring cold navigation down to the fetch and render time.",
      ]
    : []

// The `## Performance` section of BENCHMARKS.md, from one run's figures.
export function performanceReport(m: Measurements, goals: Goal[], ranAt: Date): string {
  const largest = count(largestCorpus(m)?.size ?? 0)
  const smallest = count(m.corpora[0]?.size ?? 0)
  return [
    `Machine: ${m.machine}. Load average (1, 5, 15 min) ${m.loadAtStart} at the start, ${m.loadAtEnd} at the end.`,
    `Command: \`npm run bench\` (sizes ${m.sizesOption}, ${m.navigations} navigations each way), run ${ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    '### Goals',
    '',
    table(goals.map(goalRow)),
    ...coldNote(m),
    '',
    `First paint to hydrated: ${m.startSlug} of the corpus of ${largest}, each load in a fresh Chromium context (nothing cached), from the first contentful paint to the moment the previous and next links are React's (they navigate in the app) and the parts that arrive after hydration, the keyboard shortcuts among them, are committed with their effects run; polled in the page every 2 ms. Loads, in ms: ${m.hydration.map((time) => time.toFixed(1)).join(', ')}.`,
    '',
    '### Build and prerender',
    '',
    'Generated corpora (scripts/generate-corpus.ts, seeded: made-up words drawn from 30,000 by Zipf’s law, as words spread in natural text, about 700 words an article; half the articles have an editor summary, the rest go through the summariser). Seconds are wall-clock for `npm run content` and `npm run prerender` (`node scripts/run-script.mjs scripts/build-content.ts`, and the same for scripts/prerender.ts) (which includes its server bundle build).',
    '',
    table(buildRows(m)),
    '',
    '### Bytes to open one article',
    '',
    `Article ${slugOf(50)} opened in a fresh Chromium context against \`vite preview\` of each output, until the network is quiet, as response bodies and gzipped at level 9. The ratio is taken on the HTML and the files it names (scripts, styles, icon); the article's data is inside its HTML, so no JSON is needed to show it. What the app fetches once running (its lazy chunks, the neighbours' JSON it prefetches) is listed apart: how much of it has arrived when the network first goes quiet depends on the machine's load. Ratio ${largest} / ${smallest} (gzip): **${bytesRatio(m).toFixed(3)}**.`,
    '',
    table(transferRows(m)),
    '',
    '### Next and previous',
    '',
    `Corpus of ${largest}, from ${m.startSlug}. Time from the click to the first animation frame after the headline changes, measured with performance.now in the page. Cached: the articles were visited first, so the query cache holds them (as after prefetching). Cold: each article's JSON is held back by the test until its link is clicked, so every click waits for a fetch from localhost.`,
    '',
    table(navigationRows(m)),
    '',
    ...(m.search ? [...searchSection(m.search.build, m.search.figures), ''] : []),
    '### First-load JavaScript and CSS of an article page',
    '',
    'Files referenced by the prerendered article HTML; gzip level 9 and brotli quality 11 (node:zlib), summed per file.',
    '',
    table(sizeRows(m)),
  ].join('\n')
}
