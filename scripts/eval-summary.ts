import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { summarise, type SummaryInput } from '../src/summariser/summarise.ts'
import {
  parseRows,
  referenceSentences,
  summaryInputFromRow,
} from '../src/summariser/bbc-summary-row.ts'
import { leadSentences } from '../src/summariser/lead-sentences.ts'
import { rouge } from '../src/summariser/rouge.ts'
import { checkSummary } from '../src/summariser/summary-checks.ts'
import {
  summaryGoals,
  TARGET_ARTICLES_PER_SECOND,
  type SystemFigures,
} from '../src/summariser/summary-goals.ts'

// Evaluation data only, outside the repository (see its README): never copied into the project.
const DATA = path.resolve(
  import.meta.dirname,
  '..',
  '../shared/data/bbc-news-summary/bbc-news-summary.test.jsonl',
)
const PASSES = 7

type Point = { text: string; paragraphId: string | null }
type Article = { input: SummaryInput; reference: string; k: number }
type System = { name: string; sentences: '3' | 'k'; summarise: (article: Article) => Point[] }

// The baselines' sentences, each with the paragraph it is in, so they are checked like Lede's.
const lead = (input: SummaryInput, k: number): Point[] =>
  leadSentences(input, k).map((text) => ({
    text,
    paragraphId: input.paragraphs.find((paragraph) => paragraph.text.includes(text))?.id ?? null,
  }))

const systems: System[] = [
  { name: 'Lede', sentences: '3', summarise: ({ input }) => summarise(input, { sentences: 3 }) },
  { name: 'Lead-3', sentences: '3', summarise: ({ input }) => lead(input, 3) },
  { name: 'Lede', sentences: 'k', summarise: ({ input, k }) => summarise(input, { sentences: k }) },
  { name: 'Lead-k', sentences: 'k', summarise: ({ input, k }) => lead(input, k) },
]

// Macro-averaged F1 x 100: each article counts the same, however long. The reading checks are
// shares of all points given, over all articles.
function evaluate(system: System, articles: Article[]): SystemFigures {
  const sum = { rouge1: 0, rouge2: 0, rougeLsum: 0, points: 0, leaning: 0, fragments: 0 }
  let repeats = 0
  for (const article of articles) {
    const points = system.summarise(article)
    const scores = rouge(article.reference, points.map(({ text }) => text).join('\n'))
    sum.rouge1 += scores.rouge1.f1
    sum.rouge2 += scores.rouge2.f1
    sum.rougeLsum += scores.rougeLsum.f1
    const checks = checkSummary(points, article.input.paragraphs, article.input.lang)
    sum.points += checks.points
    sum.leaning += checks.leaning
    sum.fragments += checks.fragments
    repeats += checks.repeats
  }
  const mean = (value: number) => (100 * value) / articles.length
  const share = (value: number) => (100 * value) / Math.max(1, sum.points)
  return {
    name: system.name,
    sentences: system.sentences,
    rouge1: mean(sum.rouge1),
    rouge2: mean(sum.rouge2),
    rougeLsum: mean(sum.rougeLsum),
    points: sum.points,
    leaning: share(sum.leaning),
    fragments: share(sum.fragments),
    repeats,
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

// Articles a second through summarise alone, on this one thread: the median of several passes,
// after one to warm up. Measured on the processor time the process used as well as on the clock,
// because other work on a shared machine slows the clock figure without slowing the summariser.
function articlesPerSecond(inputs: SummaryInput[]): { cpu: number; wall: number } {
  const cpu: number[] = []
  const wall: number[] = []
  for (let pass = 0; pass <= PASSES; pass++) {
    const startedCpu = process.cpuUsage()
    const started = performance.now()
    for (const input of inputs) summarise(input)
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(startedCpu)
    if (pass === 0) continue
    wall.push(inputs.length / seconds)
    cpu.push(inputs.length / ((used.user + used.system) / 1e6))
  }
  return { cpu: median(cpu), wall: median(wall) }
}

function main(): number {
  if (!existsSync(DATA)) {
    console.error(`eval:summary: no evaluation data at ${DATA}`)
    console.error(
      'It is the BBC News Summary test split, kept outside the repository in ../shared/data.',
    )
    return 2
  }
  const articles = parseRows(readFileSync(DATA, 'utf8')).map((row) => {
    const reference = referenceSentences(row)
    return { input: summaryInputFromRow(row), reference: reference.join('\n'), k: reference.length }
  })
  const rows = systems.map((system) => evaluate(system, articles))
  const figure = (value: number) => value.toFixed(2)
  const percent = (value: number) => `${value.toFixed(1)}%`
  console.log(
    `BBC News Summary, test split: ${articles.length} articles; ROUGE F1 x 100, macro-averaged`,
  )
  console.log('')
  console.log(
    '| System | Sentences | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | points | leaning | fragments | repeated pairs |',
  )
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.sentences} | ${figure(row.rouge1)} | ${figure(row.rouge2)} | ${figure(row.rougeLsum)} | ${row.points} | ${percent(row.leaning)} | ${percent(row.fragments)} | ${row.repeats} |`,
    )
  }
  const rate = articlesPerSecond(articles.map(({ input }) => input))
  const perSecond = (value: number) => Math.round(value).toLocaleString('en-GB')
  console.log('')
  console.log(
    `Speed: ${perSecond(rate.cpu)} articles/s on one core (processor time; ${perSecond(rate.wall)} by the clock), summarise at its default length, median of ${PASSES} passes; the target is ${perSecond(TARGET_ARTICLES_PER_SECOND)} (reported, not a goal: timings vary by a tenth from run to run here)`,
  )
  // Other work on the machine slows the clock figure; its load says how much there was.
  console.log(
    `Machine: ${os.availableParallelism()} cores, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} (1 min) after the run`,
  )
  const goals = summaryGoals(rows)
  console.log('')
  for (const { goal, met } of goals) console.log(`${met ? 'met' : 'NOT MET'}: ${goal}`)
  const missed = goals.filter(({ met }) => !met).length
  if (missed) console.error(`eval:summary: ${missed} goal${missed === 1 ? '' : 's'} not met`)
  return missed ? 1 : 0
}

process.exitCode = main()
