import { expect, test } from 'vitest'
import { searchShell } from './search-shell.ts'

const template =
  '<html lang="en"><head><title>Lede</title></head><body><div id="lede-root"></div><script src="/boot.js"></script></body></html>'

test('without JavaScript the search page says it needs it and offers the topics as links', () => {
  const html = searchShell(template, [
    { slug: 'river', name: 'river', count: 2 },
    { slug: 'rock-n-roll', name: 'Rock <&> roll', count: 1 },
  ])
  expect(html).toContain('<title>Search – Lede</title>')
  expect(html).toContain('<div id="lede-root"><noscript>')
  expect(html).toContain('needs JavaScript')
  expect(html).toContain('<a class="link" href="/topics/river">river</a>')
  expect(html).toContain('<a class="link" href="/topics/rock-n-roll">Rock &lt;&amp;&gt; roll</a>')
  expect(html).toContain('<script src="/boot.js"></script>')
})

test('a site without topics offers the latest articles instead', () => {
  expect(searchShell(template, [])).toContain('<a class="link" href="/">The latest articles</a>')
})

test('a template already filled is refused', () => {
  expect(() => searchShell('<div id="lede-root"><p>x</p></div>', [])).toThrow(/vite build/)
})
