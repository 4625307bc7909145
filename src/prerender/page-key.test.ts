import { expect, test } from 'vitest'
import { keyer, pageKey } from './page-key.ts'

test('keys differ whenever any input differs, and not otherwise', () => {
  expect(pageKey('a', 'b')).toBe(pageKey('a', 'b'))
  expect(pageKey('a', 'b')).not.toBe(pageKey('ab', ''))
  expect(pageKey('a', 'b')).not.toBe(pageKey('a', 'c'))
})

test('keys made with the shared inputs hashed once are the same keys', () => {
  const key = keyer('bundle', 'template', 'http://localhost')
  expect(key('articles/a/index.html', '{"slug":"a"}')).toBe(
    pageKey('bundle', 'template', 'http://localhost', 'articles/a/index.html', '{"slug":"a"}'),
  )
  // The shared part is not used up by the first page.
  expect(key('b', '2')).toBe(pageKey('bundle', 'template', 'http://localhost', 'b', '2'))
})
