import { expect, test } from 'vitest'
import { articleFixture } from './article-fixture.ts'
import { articleBodyHtml, blockHtml } from './blocks-to-html.ts'

test('text is escaped: markup an author wrote stays text', () => {
  const html = blockHtml({
    type: 'paragraph',
    id: 'p-1',
    children: [{ type: 'text', text: '<script>alert("x")</script> & <img onerror=x>' }],
  })
  expect(html).toBe(
    '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img onerror=x&gt;</p>',
  )
})

test('links within the site become absolute when a base is given', () => {
  const link = (href: string) =>
    blockHtml(
      {
        type: 'paragraph',
        id: 'p',
        children: [{ type: 'link', href, children: [{ type: 'text', text: 'x' }] }],
      },
      { site: 'https://lede.example', articlePath: '/articles/a' },
    )
  expect(link('/articles/b')).toContain('href="https://lede.example/articles/b"')
  expect(link('#why')).toContain('href="https://lede.example/articles/a#why"')
  expect(link('https://other.example/?a=1&b=2')).toContain(
    'href="https://other.example/?a=1&amp;b=2"',
  )
})

test('an article is its opening, then each section under a heading with its id', () => {
  const html = articleBodyHtml(
    articleFixture({
      slug: 'a',
      sections: [
        {
          id: 'why',
          title: 'Why <now>',
          blocks: [
            {
              type: 'list',
              ordered: true,
              start: null,
              items: [
                {
                  checked: null,
                  blocks: [
                    { type: 'paragraph', id: 'p-2', children: [{ type: 'text', text: 'one' }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    }),
  )
  expect(html).toBe('<p>a</p><h2 id="why">Why &lt;now&gt;</h2><ol><li>one</li></ol>')
})

test('tables, task items and notes are written out, their text escaped', () => {
  const text = (value: string) => [{ type: 'text' as const, text: value }]
  expect(
    blockHtml({
      type: 'table',
      align: [null, 'right'],
      head: [text('Tide'), text('Height')],
      rows: [[text('High <spring>'), text('5 m')]],
      caption: text('Harwick & Brack'),
    }),
  ).toBe(
    '<table><caption>Harwick &amp; Brack</caption><thead><tr><th>Tide</th><th style="text-align:right">Height</th></tr></thead>' +
      '<tbody><tr><td>High &lt;spring&gt;</td><td style="text-align:right">5 m</td></tr></tbody></table>',
  )
  expect(
    blockHtml({
      type: 'list',
      ordered: false,
      start: null,
      items: [{ checked: true, blocks: [{ type: 'paragraph', id: 'p', children: text('Done') }] }],
    }),
  ).toBe('<ul><li>☑ Done</li></ul>')
  const html = articleBodyHtml(
    articleFixture({
      slug: 'a',
      opening: [
        {
          type: 'paragraph',
          id: 'p-1',
          children: [
            ...text('Said so'),
            { type: 'footnoteReference', number: 1, noteId: 'note-1', refId: 'ref-1' },
          ],
        },
      ],
      footnotes: [
        {
          id: 'note-1',
          number: 1,
          refIds: ['ref-1'],
          blocks: [{ type: 'paragraph', id: 'n-1', children: text('A <source>.') }],
        },
      ],
    }),
    { site: 'https://lede.example', articlePath: '/articles/a' },
  )
  expect(html).toContain(
    '<sup><a id="ref-1" href="https://lede.example/articles/a#note-1">1</a></sup>',
  )
  expect(html).toContain(
    '<li id="note-1"><p>A &lt;source&gt;.</p><p><a href="https://lede.example/articles/a#ref-1">↩</a></p></li>',
  )
})

test('a figure is one plain image with absolute address, alt and size, then its caption and credit', () => {
  const file = (ext: string) => [{ src: `/images/map-abc-800.${ext}`, width: 800 }]
  const html = blockHtml(
    {
      type: 'figure',
      image: {
        alt: 'A map "of" the line',
        src: '/images/map-abc-800.png',
        width: 800,
        height: 450,
        type: 'image/png',
        avif: file('avif'),
        webp: file('webp'),
        fallback: file('png'),
      },
      caption: [{ type: 'text', text: 'The new line.' }],
      credit: [{ type: 'text', text: 'Map: Lede' }],
    },
    { site: 'https://lede.example', articlePath: '/articles/tram' },
  )
  expect(html).toBe(
    '<figure><img src="https://lede.example/images/map-abc-800.png" alt="A map &quot;of&quot; the line" width="800" height="450"><figcaption>The new line. <small>Map: Lede</small></figcaption></figure>',
  )
})
