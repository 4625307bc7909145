import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import { buildArticle } from '../content-build/build-article.ts'
import { splitFrontMatter } from '../content-build/front-matter.ts'
import { importPage } from './plain-text-page.ts'

// Pages written for Lede in the shapes real saved pages take: bylines, written dates,
// furniture, question headings, bullet lists, and the site's wording in six languages.
const today = '2026-12-01'
const pages = readdirSync(join(import.meta.dirname, 'test-pages')).filter((name) =>
  name.endsWith('.txt'),
)
const read = (name: string) => readFileSync(join(import.meta.dirname, 'test-pages', name), 'utf8')

type Node = ReturnType<typeof fromMarkdown>['children'][number]
const textOf = (node: Node): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : ''

function imported(name: string) {
  const result = importPage(read(name), { today })
  const split = splitFrontMatter(name, result.markdown)
  if ('field' in split) throw new Error(split.message)
  const data: unknown = parse(split.frontMatter)
  const tree = fromMarkdown(split.body)
  return {
    ...result,
    data,
    body: split.body,
    headings: tree.children.filter((node) => node.type === 'heading').map(textOf),
    lists: tree.children
      .filter((node) => node.type === 'list')
      .map((list) => ('children' in list ? list.children.map(textOf) : [])),
  }
}

test('an English page: byline, written date, furniture, a question heading and a list', () => {
  const page = imported('harbour-en.txt')
  expect(page.data).toEqual({
    title: 'Harbour Trams Return After Twelve Years',
    date: '2025-03-14',
    lang: 'en',
    author: 'Jane Doe',
    previous: 'Ferry fares rise again',
    next: 'Market hall gets a new roof',
  })
  expect(page.headings).toEqual(['What does it cost?', 'Who paid for it'])
  expect(page.lists).toEqual([
    ['the quiet ride', 'the wide doors', 'the view of the old warehouses'],
  ])
  expect(page.body).not.toMatch(/Advertisement|Read more|Share this|By Jane|Published|GMT/)
  expect(page.body).toContain('Passengers on the first run said they liked:')
  expect(page.warnings).toEqual([])
  expect(page.guesses).toEqual([
    expect.stringMatching(/^language: en, because \d+ of \d+ words are common English words/),
    'author: Jane Doe, from the byline "By Jane Doe, Transport Correspondent"',
    'date: 2025-03-14, from "Published 14 March 2025, 09:12 GMT | Updated 15 March 2025, 10:00 GMT" (day month year, English month name)',
  ])
  expect(page.dropped).toEqual([
    'Advertisement',
    'Read more: Ferry fares rise for the third year running',
    'Share this article',
  ])
})

test.each([
  ['mercado-es.txt', 'es', '2025-03-12', 'María López', 'Un nuevo parque junto al río'],
  ['pont-fr.txt', 'fr', '2025-04-01', 'Jean Dupont', 'Une nouvelle ligne de bus pour la gare'],
  ['bibliothek-de.txt', 'de', '2025-02-03', 'Hans Müller', 'Das Hallenbad wird saniert'],
  ['limani-el.txt', 'el', '2025-03-12', 'Γιώργου Παπαδόπουλου', 'Το μουσείο ανοίγει ξανά'],
  ['hadiqa-ar.txt', 'ar', '2025-03-12', 'أحمد خالد', 'مكتبة جديدة في وسط المدينة'],
])(
  '%s: language %s, date %s, author %s, and its own prompt and trailer',
  (name, lang, date, author, next) => {
    const page = imported(name)
    expect(page.data).toMatchObject({ lang, date, author, next })
    expect(page.warnings).toEqual([])
    expect(page.guesses[0]).toMatch(new RegExp(`^language: ${lang}, because`))
    // The prompt, the trailer markers and the furniture are gone; the article's text is there.
    const lines = read(name).split('\n')
    for (const chrome of [lines[5], lines[6], lines[10], lines[14]]) {
      expect(page.body).not.toContain(chrome)
    }
    expect(page.body).toContain(lines[8]?.slice(0, 30))
    expect(page.body).not.toMatch(/Artículo|Article précédent|Artikel|άρθρο|المقال/)
  },
)

test('the Spanish page keeps its section heading and its dash list', () => {
  const page = imported('mercado-es.txt')
  expect(page.headings).toEqual(['Qué cambia para los vecinos'])
  expect(page.lists).toEqual([
    [
      'Horario nuevo de ocho a ocho',
      'Aparcamiento para bicicletas',
      'Un espacio para los productores locales',
    ],
  ])
})

test('a page of few words is English by default, and says so', () => {
  const { guesses } = importPage('Title\n\nText.', { today })
  expect(guesses[0]).toMatch(/^language: en, because too few common words to tell/)
})

test.each(pages)('%s builds as an article with no problems', (name) => {
  const { slug, markdown } = importPage(read(name), { today })
  const built = buildArticle({ file: `content/articles/${slug}.md`, text: markdown }, () => [])
  expect('problems' in built ? built.problems : []).toEqual([])
})
