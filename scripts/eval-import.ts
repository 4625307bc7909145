import { resolve } from 'node:path'
import { scorePage, webPageNames, type PageScore } from '../src/importers/web-page-eval.ts'

// Usage: npm run eval:import [-- name ...]
// Scores the web-page importer on ../shared/data/web-pages and prints the figures that
// BENCHMARKS.md records. Exits 1 when a goal is missed: recall >= 0.95, every expected
// heading kept, and title, byline, date and language right on >= 90% of the articles.

const dir = resolve(import.meta.dirname, '../../shared/data/web-pages')
const wanted = process.argv.slice(2)
const names = webPageNames(dir).filter((name) => wanted.length === 0 || wanted.includes(name))
if (names.length === 0) {
  console.error(`no saved pages in ${dir}: nothing to evaluate`)
  process.exit(2)
}

const scores: PageScore[] = []
const started = Date.now()
for (const name of names) {
  const score = scorePage(dir, name)
  scores.push(score)
  const wrong = Object.entries(score.right).filter(([, right]) => !right)
  const notes = [
    score.refused && score.readerable ? `refused: ${score.refused}` : '',
    !score.refused && score.recall < 0.95 ? `recall ${score.recall.toFixed(3)}` : '',
    score.headings.kept < score.headings.expected
      ? `headings ${score.headings.kept}/${score.headings.expected}`
      : '',
    !score.refused && wrong.length ? `wrong: ${wrong.map(([field]) => field).join(', ')}` : '',
    !score.readerable && !score.refused ? 'not an article, but imported' : '',
  ].filter(Boolean)
  if (notes.length) console.log(`${name}: ${notes.join('; ')}`)
}

const articles = scores.filter((score) => score.readerable)
const imported = articles.filter((score) => !score.refused)
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const share = (count: number) =>
  `${count}/${articles.length} (${((100 * count) / articles.length).toFixed(1)}%)`
const rightOn = (field: keyof PageScore['right']) =>
  imported.filter((score) => score.right[field]).length
const headingsExpected = imported.reduce((sum, score) => sum + score.headings.expected, 0)
const headingsKept = imported.reduce((sum, score) => sum + score.headings.kept, 0)
const allRight = imported.filter((score) => Object.values(score.right).every(Boolean)).length
const recall = mean(articles.map((score) => (score.refused ? 0 : score.recall)))
const notArticles = scores.filter((score) => !score.readerable)

const rows = [
  ['pages', `${scores.length} (${articles.length} articles, ${notArticles.length} not articles)`],
  ['articles imported', share(imported.length)],
  ['text recall, mean over articles (a refused one counts 0)', recall.toFixed(4)],
  ['text recall, lowest', Math.min(...imported.map((score) => score.recall)).toFixed(4)],
  ['headings kept', `${headingsKept}/${headingsExpected}`],
  ['title right', share(rightOn('title'))],
  ['byline right', share(rightOn('byline'))],
  ['date right', share(rightOn('date'))],
  ['language right', share(rightOn('lang'))],
  ['all four right', share(allRight)],
  [
    'not-articles refused',
    `${notArticles.filter((score) => score.refused).length}/${notArticles.length}`,
  ],
  ['time', `${((Date.now() - started) / 1000).toFixed(1)} s`],
]
console.log(`\n| measure | figure |\n| --- | --- |`)
for (const [measure, figure] of rows) console.log(`| ${measure} | ${figure} |`)

const goalsMet =
  recall >= 0.95 &&
  headingsKept === headingsExpected &&
  (['title', 'byline', 'date', 'lang'] as const).every(
    (field) => rightOn(field) >= 0.9 * articles.length,
  )
console.log(goalsMet ? '\nall goals met' : '\na goal is missed')
process.exitCode = goalsMet ? 0 : 1
