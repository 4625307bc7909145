import path from 'node:path'
import { expect, test } from 'vitest'
import { isContentChange } from './content-watch-plugin.ts'

const change = (file: string) => isContentChange(file, 'content/articles', 'content/images')

test('an article or an image the articles show is a change to rebuild', () => {
  expect(change(path.resolve('content/articles/otters.md'))).toBe(true)
  expect(change('content/articles/2026/otters.md')).toBe(true)
  expect(change(path.resolve('content/images/heron.jpg'))).toBe(true)
  expect(change('content/images/tram-map.PNG')).toBe(true)
})

test('other files, and look-alike folders, are not', () => {
  expect(change('content/articles/notes.txt')).toBe(false)
  expect(change('content/images/heron.gif')).toBe(false)
  expect(change('content/articles-old/otters.md')).toBe(false)
  expect(change('src/content/articles/otters.md')).toBe(false)
  expect(change('public/images/heron-480.avif')).toBe(false)
})
