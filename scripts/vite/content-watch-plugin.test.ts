import path from 'node:path'
import { expect, test } from 'vitest'
import { buildEachText, isContentChange } from './content-watch-plugin.ts'

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

// A file as a save leaves it: read while being written, whole a moment later.
function savedFile(texts: string[]) {
  let at = 0
  const builds: string[] = []
  let last: string | undefined
  return {
    builds,
    read: () => texts[Math.min(at, texts.length - 1)] as string,
    built: (text: string) => text === last,
    build: async (text: string) => {
      builds.push(text)
      last = text
    },
    pause: async () => {
      at += 1
    },
  }
}

test('a save read half-written is built again once it is whole, and a text once only', async () => {
  const whole = '---\ntitle: Otters\n---\nWhole.\n'
  const file = savedFile(['', whole])
  await buildEachText(file.read, file.built, file.build, file.pause)
  expect(file.builds).toEqual(['', whole])
  await buildEachText(file.read, file.built, file.build, file.pause)
  expect(file.builds).toEqual(['', whole])
})

test('a file that keeps changing is built a few times, then left to the whole build', async () => {
  const file = savedFile(['a', 'b', 'c', 'd', 'e'])
  await buildEachText(file.read, file.built, file.build, file.pause, 3)
  expect(file.builds).toEqual(['a', 'b', 'c'])
})
