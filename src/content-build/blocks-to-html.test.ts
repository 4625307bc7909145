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
          blocks: [{ type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }]] }],
        },
      ],
    }),
  )
  expect(html).toBe('<p>a</p><h2 id="why">Why &lt;now&gt;</h2><ol><li>one</li></ol>')
})
