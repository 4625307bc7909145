import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import type { Article } from '../articles/article-schema.ts'
import { buildArticle } from './build-article.ts'
import { buildSite } from './build-site.ts'
import { makeImageFiles } from './image-files.ts'
import { summarise } from '../summariser/summarise.ts'

// The bundled articles are part of the product: they must build cleanly and show every shape
// the reader supports.
const folder = path.resolve(import.meta.dirname, '../../content/articles')

async function buildSamples(): Promise<Article[]> {
  const sources = readdirSync(folder).map((name) => ({
    file: `content/articles/${name}`,
    text: readFileSync(path.join(folder, name), 'utf8'),
  }))
  // The images the samples show, made into a folder of the test's own.
  const refs = sources.flatMap((source) => {
    const built = buildArticle(source, summarise)
    return 'draft' in built ? built.draft.imageRefs.map((ref) => ref.source) : []
  })
  const scratch = mkdtempSync(path.join(tmpdir(), 'lede-samples-'))
  const { images } = await makeImageFiles(
    refs.map((ref) => path.resolve(import.meta.dirname, '../..', ref)),
    { out: path.join(scratch, 'out'), cache: path.join(scratch, 'cache') },
  )
  const bySource = new Map(
    [...images].map(([file, outcome]) => [
      path.relative(path.resolve(import.meta.dirname, '../..'), file),
      outcome,
    ]),
  )
  const collection = buildSite(sources, { summarise, images: bySource })
  if ('problems' in collection) throw new Error(JSON.stringify(collection.problems))
  expect(collection.warnings).toEqual([])
  return collection.articles
}

const articles = await buildSamples()
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

test('sample articles show lead images and a figure with caption and credit', () => {
  const withLead = articles.filter((article) => article.image).map((article) => article.slug)
  expect(withLead).toContain('river-otters-return-to-the-brack')
  expect(withLead.length).toBeGreaterThanOrEqual(3)
  const figures = articles.flatMap((article) =>
    [article.opening, ...article.sections.map((section) => section.blocks)]
      .flat()
      .filter((block) => block.type === 'figure'),
  )
  expect(figures.some((figure) => figure.caption && figure.credit && figure.image.alt)).toBe(true)
})
