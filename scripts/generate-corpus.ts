import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { makeVocabulary, zipfPicker } from './corpus-vocabulary.ts'

// Synthetic articles for the benchmark: made-up words from a seeded generator, so a corpus of
// any size is the same on every run and contains no copied prose. Article n has the same text
// in every corpus, and articles are dated one day apart, so its neighbours are n - 1 and n + 1
// whatever the size: the bytes to open it can be compared across sizes.

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

// The text draws on 30,000 words by Zipf's law, as natural text does; topics are one of 600
// words and authors one of 600 full names, evenly, as a newsroom has a few hundred of each. (A
// first name and a surname drawn apart would make 360,000 authors, nearly one per article.)
const textWords = zipfPicker(makeVocabulary(seededRandom(20261126), 30_000))
const names = makeVocabulary(seededRandom(20261127), 600)
// Each first name with a surname of its own: 7 is prime to 600, so no two authors share both.
const authors = names.map(
  (first, at) => `${capitalise(first)} ${capitalise(names[(at * 7 + 13) % names.length] ?? '')}`,
)

type Writer = {
  words: (count: number) => string
  names: (count: number) => string
  author: () => string
  sentence: () => string
  int: (low: number, high: number) => number
}

function writer(random: () => number): Writer {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  const words = (count: number) =>
    Array.from({ length: count }, () => textWords(random())).join(' ')
  const pickNames = (count: number) =>
    Array.from({ length: count }, () => names[int(0, names.length - 1)]).join(' ')
  const sentence = () => {
    const text = words(int(6, 18))
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.1 ? '?' : '.'}`
  }
  const author = () => authors[int(0, authors.length - 1)] ?? ''
  return { words, names: pickNames, author, sentence, int }
}

const paragraph = (w: Writer) => Array.from({ length: w.int(3, 6) }, w.sentence).join(' ')

export function slugOf(index: number): string {
  return `bench-article-${String(index).padStart(5, '0')}`
}

// Half the articles carry an editor's summary; the rest are summarised by the content build.
export function articleMarkdown(index: number, seed: number): string {
  const w = writer(seededRandom(seed * 100_003 + index))
  const date = new Date(Date.UTC(2026, 10, 26) - index * 86_400_000).toISOString().slice(0, 10)
  const lines = [
    '---',
    `title: "${capitalise(w.words(w.int(5, 9)))}"`,
    `date: ${date}`,
    `standfirst: "${w.sentence()} ${w.sentence()}"`,
    `author: "${w.author()}"`,
    'lang: en',
    `tags: [${w.names(2).replace(' ', ', ')}]`,
  ]
  if (index % 2 === 0) {
    lines.push('summary:', ...Array.from({ length: 3 }, () => `  - "${w.sentence()}"`))
  }
  lines.push('---', '')
  for (let count = w.int(1, 2); count > 0; count--) lines.push(paragraph(w), '')
  for (let section = w.int(2, 5); section > 0; section--) {
    lines.push(`## ${capitalise(w.words(w.int(2, 5)))}`, '')
    for (let count = w.int(2, 4); count > 0; count--) lines.push(paragraph(w), '')
  }
  return lines.join('\n')
}

export async function generateCorpus(dir: string, count: number, seed = 1): Promise<void> {
  await mkdir(dir, { recursive: true })
  const batch = 100
  for (let start = 0; start < count; start += batch) {
    const end = Math.min(count, start + batch)
    await Promise.all(
      Array.from({ length: end - start }, (_, offset) =>
        writeFile(
          path.join(dir, `${slugOf(start + offset)}.md`),
          articleMarkdown(start + offset, seed),
        ),
      ),
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  })
  if (!values.out) throw new Error('usage: tsx scripts/generate-corpus.ts --count 100 --out <dir>')
  await generateCorpus(values.out, Number(values.count), Number(values.seed))
  console.log(`generated ${values.count} articles in ${values.out}`)
}
