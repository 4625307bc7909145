import { expect, test } from 'vitest'
import { answerFor } from './static-pages-plugin.ts'

const files = new Set([
  'index.html',
  '404.html',
  'boot.js',
  'articles/otters/index.html',
  'data/articles/otters.json',
])
const isFile = (relative: string) => files.has(relative)

test('a page is served from its folder, with or without a trailing slash or a query', () => {
  expect(answerFor('/', isFile)).toEqual({ kind: 'file', url: '/index.html' })
  expect(answerFor('/?page=2', isFile)).toEqual({ kind: 'file', url: '/index.html' })
  expect(answerFor('/articles/otters', isFile)).toEqual({
    kind: 'file',
    url: '/articles/otters/index.html',
  })
  expect(answerFor('/articles/otters/', isFile)).toEqual({
    kind: 'file',
    url: '/articles/otters/index.html',
  })
})

test('a file that is there is served as it is', () => {
  expect(answerFor('/boot.js', isFile)).toEqual({ kind: 'file', url: '/boot.js' })
  expect(answerFor('/data/articles/otters.json', isFile)).toEqual({
    kind: 'file',
    url: '/data/articles/otters.json',
  })
})

test.each([
  ['a missing page', '/articles/badgers'],
  ['a missing file, which is never answered with the front page', '/data/articles/badgers.json'],
  ['a lone %', '/%'],
  ['a cut-off percent sequence', '/%E0%A4%A'],
  ['a bad sequence in a file name', '/assets/%E0%A4%A.js'],
  ['encoded dots', '/articles/%2e%2e'],
  ['encoded dots and slashes', '/articles/..%2f..%2fpackage.json'],
  ['an encoded slash', '/articles%2Fotters'],
  ['an encoded backslash', '/..%5c..%5cpackage.json'],
  ['a parent folder', '/a/../../package.json'],
  ['a NUL', '/articles/otters%00'],
  ['2,000 characters', `/${'a'.repeat(2000)}`],
  ['2,000 characters with an extension', `/${'a'.repeat(2000)}.js`],
  ['no leading slash', 'http://elsewhere.example/'],
])('%s is not found', (_, url) => {
  expect(answerFor(url, isFile)).toEqual({ kind: 'not-found' })
})
