import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import type { Article } from '../articles/article-schema.ts'
import { buildSite } from './build-site.ts'
import { summarise } from '../summariser/summarise.ts'

// The bundled articles are part of the product: they must build cleanly and show every shape
// the reader supports.
const folder = path.resolve(import.meta.dirname, '../../content/articles')

function buildSamples(): Article[] {
  const sources = readdirSync(folder).map((name) => ({
    file: `content/articles/${name}`,
    text: readFileSync(path.join(folder, name), 'utf8'),
  }))
  const collection = buildSite(sources, { summarise })
  if ('problems' in collection) throw new Error(JSON.stringify(collection.problems))
  expect(collection.warnings).toEqual([])
  return collection.articles
}

const articles = buildSamples()
const paragraphIds = (article: Article) =>
  new Set(
    [article.opening, ...article.sections.map((section) => section.blocks)]
      .flat()
      .flatMap((block) => (block.type === 'paragraph' ? [block.id] : [])),
  )

test('every sample article has a summary, and generated points lead to real paragraphs', () => {
  for (const article of articles) {
    expect(article.summary.points.length, article.slug).toBeGreaterThan(0)
    if (article.summary.source === 'generated') {
      const ids = paragraphIds(article)
      for (const point of article.summary.points)
        expect(ids.has(point.paragraphId ?? '')).toBe(true)
    }
  }
})

test('the samples cover the shapes the reader must handle', () => {
  expect(articles.length).toBeGreaterThanOrEqual(12)
  expect(articles.filter((article) => article.sections.length >= 2).length).toBeGreaterThanOrEqual(
    8,
  )
  expect(articles.some((article) => article.sections.length === 0)).toBe(true)
  expect(articles.filter((article) => article.summary.source === 'editor').length).toBeGreaterThan(
    2,
  )
  expect(
    articles.filter((article) => article.summary.source === 'generated').length,
  ).toBeGreaterThan(2)
  expect(
    articles.some((article) => article.wordCount >= 3000 && article.sections.length >= 8),
  ).toBe(true)
  expect(articles.some((article) => article.dir === 'rtl')).toBe(true)
  expect(articles.some((article) => /^(el|ru|uk|bg|sr|hi|ja|zh|ko)/.test(article.lang))).toBe(true)
  const regular = articles.filter((article) => article.wordCount < 3000)
  for (const article of regular) {
    expect(article.wordCount, article.slug).toBeGreaterThanOrEqual(400)
    expect(article.wordCount, article.slug).toBeLessThanOrEqual(1500)
  }
})

test('neighbours follow the reading order, newest first, with none at the ends', () => {
  const dates = articles.map((article) => article.date)
  expect(dates).toEqual([...dates].sort().reverse())
  expect(articles[0]?.previous).toBeNull()
  expect(articles.at(-1)?.next).toBeNull()
  articles.slice(1).forEach((article, index) => {
    expect(article.previous?.slug).toBe(articles[index]?.slug)
    expect(articles[index]?.next?.slug).toBe(article.slug)
  })
})
