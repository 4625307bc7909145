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

// Evaluation data only, outside the repository (see its README): never copied into the project.
const DATA = path.resolve(
  import.meta.dirname,
  '..',
  '../shared/data/bbc-news-summary/bbc-news-summary.test.jsonl',
)
const PASSES = 7

type Article = { input: SummaryInput; reference: string; k: number }
type System = { name: string; sentences: string; summarise: (article: Article) => string[] }

const systems: System[] = [
  {
    name: 'Lede',
    sentences: '3',
    summarise: ({ input }) => summarise(input, { sentences: 3 }).map(({ text }) => text),
  },
  { name: 'Lead-3', sentences: '3', summarise: ({ input }) => leadSentences(input, 3) },
  {
    name: 'Lede',
    sentences: 'k',
    summarise: ({ input, k }) => summarise(input, { sentences: k }).map(({ text }) => text),
  },
  { name: 'Lead-k', sentences: 'k', summarise: ({ input, k }) => leadSentences(input, k) },
]

type Row = { system: System; rouge1: number; rouge2: number; rougeLsum: number }

// Macro-averaged F1 x 100: each article counts the same, however long.
function evaluate(system: System, articles: Article[]): Row {
  let rouge1 = 0
  let rouge2 = 0
  let rougeLsum = 0
  for (const article of articles) {
    const scores = rouge(article.reference, system.summarise(article).join('\n'))
    rouge1 += scores.rouge1.f1
    rouge2 += scores.rouge2.f1
    rougeLsum += scores.rougeLsum.f1
  }
  const mean = (sum: number) => (100 * sum) / articles.length
  return { system, rouge1: mean(rouge1), rouge2: mean(rouge2), rougeLsum: mean(rougeLsum) }
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

function main(): void {
  if (!existsSync(DATA)) {
    console.error(`eval:summary: no evaluation data at ${DATA}`)
    console.error(
      'It is the BBC News Summary test split, kept outside the repository in ../shared/data.',
    )
    process.exit(1)
  }
  const articles = parseRows(readFileSync(DATA, 'utf8')).map((row) => {
    const reference = referenceSentences(row)
    return { input: summaryInputFromRow(row), reference: reference.join('\n'), k: reference.length }
  })
  const rows = systems.map((system) => evaluate(system, articles))
  const figure = (value: number) => value.toFixed(2)
  console.log(
    `BBC News Summary, test split: ${articles.length} articles; ROUGE F1 x 100, macro-averaged`,
  )
  console.log('')
  console.log('| System | Sentences | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |')
  console.log('| --- | --- | ---: | ---: | ---: |')
  for (const { system, rouge1, rouge2, rougeLsum } of rows) {
    console.log(
      `| ${system.name} | ${system.sentences} | ${figure(rouge1)} | ${figure(rouge2)} | ${figure(rougeLsum)} |`,
    )
  }
  const rate = articlesPerSecond(articles.map(({ input }) => input))
  const perSecond = (value: number) => Math.round(value).toLocaleString('en-GB')
  console.log('')
  console.log(
    `Speed: ${perSecond(rate.cpu)} articles/s on one core (processor time; ${perSecond(rate.wall)} by the clock), summarise at its default length, median of ${PASSES} passes`,
  )
  // Other work on the machine slows the clock figure; its load says how much there was.
  console.log(
    `Machine: ${os.availableParallelism()} cores, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} (1 min) after the run`,
  )

  const [lede3, lead3, ledeK, leadK] = rows
  if (!lede3 || !lead3 || !ledeK || !leadK) return
  const beats = (a: Row, b: Row) =>
    a.rouge1 > b.rouge1 && a.rouge2 > b.rouge2 && a.rougeLsum > b.rougeLsum
  const goals: [string, boolean][] = [
    ['beats Lead-3 at 3 sentences on all three measures', beats(lede3, lead3)],
    ['beats Lead-k at k sentences on all three measures', beats(ledeK, leadK)],
    ['ROUGE-1 at k of at least 80', ledeK.rouge1 >= 80],
    ['at least 1,000 articles/s on one core', rate.cpu >= 1000],
  ]
  console.log('')
  for (const [goal, met] of goals) console.log(`${met ? 'met' : 'NOT MET'}: ${goal}`)
}

main()
