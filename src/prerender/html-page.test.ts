import { describe, expect, test } from 'vitest'
import type { PageData } from '../articles/page-data.ts'
import { htmlPage, shareTags, splitRenderedHead, splitTemplate } from './html-page.ts'
import { english } from '../lib/words/english.ts'
import { articleFixture } from '../content-build/article-fixture.ts'

const templateHtml = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Lede</title><script type="module" src="/assets/app.js"></script></head><body><div id="lede-root"></div></body></html>`

const listData: PageData = {
  kind: 'list',
  path: '/',
  listPage: { page: 1, pageCount: 1, total: 0, articles: [] },
}

describe('splitTemplate', () => {
  test('drops the template title and keeps everything else', () => {
    const template = splitTemplate(templateHtml)
    expect(template.head).not.toContain('<title>')
    expect(template.head).toContain('/assets/app.js')
    expect(template.head + template.body + template.tail).toBe(
      templateHtml.replace('<title>Lede</title>', ''),
    )
  })

  test('refuses a page that is prerendered already', () => {
    const rendered = templateHtml.replace(
      '<div id="lede-root"></div>',
      '<div id="lede-root"><p>x</p></div>',
    )
    expect(() => splitTemplate(rendered)).toThrow(/prerendered already/)
  })
})

test('splitRenderedHead moves the leading title, meta and link elements to the head', () => {
  const rendered =
    '<title>A &amp; B</title><meta name="description" content="d"/><main><title>no</title></main>'
  expect(splitRenderedHead(rendered)).toEqual({
    headTags: '<title>A &amp; B</title><meta name="description" content="d"/>',
    body: '<main><title>no</title></main>',
  })
})

test('shareTags escapes text that would end the attribute', () => {
  const tags = shareTags(
    {
      ...listData,
      kind: 'article',
      path: '/articles/a',
      article: {
        slug: 'a',
        title: 'Say "hello" <now>',
        date: '2026-01-02',
        displayDate: '2 January 2026',
        standfirst: null,
        author: null,
        lang: 'en',
        dir: 'ltr',
        tags: [],
        opening: [],
        sections: [],
        summary: { source: 'editor', points: [{ text: 'Point & more', paragraphId: null }] },
        wordCount: 1,
        words: english,
        previous: null,
        next: null,
      },
    },
    'https://lede.example',
  )
  expect(tags).toContain('<link rel="canonical" href="https://lede.example/articles/a"/>')
  expect(tags).toContain('content="Say &quot;hello&quot; &lt;now&gt;"')
  expect(tags).toContain('<meta property="og:description" content="Point &amp; more"/>')
  expect(tags).toContain('<meta property="article:published_time" content="2026-01-02"/>')
})

test('an article with a lead image shares it as og:image, an absolute address with its size', () => {
  const file = (ext: string, width: number) => ({ src: `/images/otter-abc-${width}.${ext}`, width })
  const tags = shareTags(
    {
      kind: 'article',
      path: '/articles/otters',
      article: articleFixture({
        slug: 'otters',
        image: {
          alt: 'An otter at dawn',
          src: '/images/otter-abc-800.png',
          width: 1200,
          height: 675,
          type: 'image/png',
          avif: [file('avif', 800), file('avif', 1200)],
          webp: [file('webp', 800), file('webp', 1200)],
          fallback: [file('png', 800), file('png', 1200)],
          caption: null,
          credit: null,
        },
      }),
    },
    'https://lede.example',
  )
  expect(tags).toContain(
    '<meta property="og:image" content="https://lede.example/images/otter-abc-1200.png"/>',
  )
  expect(tags).toContain('<meta property="og:image:width" content="1200"/>')
  expect(tags).toContain('<meta property="og:image:height" content="675"/>')
  expect(tags).toContain('<meta property="og:image:alt" content="An otter at dawn"/>')
})

test('htmlPage puts the rendered page in the root and its data after it, inert', () => {
  const html = htmlPage(
    {
      renderPage: () => '<title>T</title><h1>T</h1>',
      serialisePageData: () => '{"x":"\\u003c/script>"}',
    },
    splitTemplate(templateHtml),
    'https://lede.example',
    listData,
  )
  expect(html).toContain('<title>T</title><link rel="canonical" href="https://lede.example/"/>')
  expect(html).toContain(
    '<div id="lede-root"><h1>T</h1></div><script type="application/json" id="lede-data">{"x":"\\u003c/script>"}</script>',
  )
  expect(html.match(/<title>/g)).toHaveLength(1)
})

test('the not-found page has no data block and no canonical address', () => {
  const html = htmlPage(
    { renderPage: () => '<h1>Page not found</h1>', serialisePageData: () => '' },
    splitTemplate(templateHtml),
    'https://lede.example',
    null,
  )
  expect(html).not.toContain('lede-data')
  expect(html).not.toContain('canonical')
})

describe('the site’s words', () => {
  const renderer = { renderPage: () => '<h1>T</h1>', serialisePageData: () => '{}' }
  const page = (data: PageData | null) =>
    htmlPage(renderer, splitTemplate(templateHtml), 'https://lede.example', data)
  const siteWordsIn = (html: string): unknown => {
    const block = /<script type="application\/json" id="lede-words">(.*?)<\/script>/.exec(html)
    return block ? JSON.parse(block[1] ?? '') : null
  }
  const article = (lang: string): PageData => ({
    kind: 'article',
    path: '/articles/a',
    article: articleFixture({ slug: 'a', lang }),
  })

  test('travel in the page as data wherever the page speaks the site’s language', () => {
    expect(siteWordsIn(page(listData))).toEqual(english)
    expect(siteWordsIn(page(null))).toEqual(english)
    expect(siteWordsIn(page(article('ar')))).toEqual(english)
  })

  test('are not repeated on an article in the site’s language, whose own words they are', () => {
    expect(siteWordsIn(page(article('en')))).toBeNull()
    expect(siteWordsIn(page(article('en-GB')))).toBeNull()
  })
})
