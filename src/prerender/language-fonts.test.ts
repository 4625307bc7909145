import { expect, test } from 'vitest'
import { fontPreloads } from './language-fonts.ts'

const assets = [
  'index-abc.js',
  'noto-naskh-arabic-arabic-400-normal-X1.woff2',
  'noto-naskh-arabic-arabic-700-normal-X2.woff2',
  'noto-naskh-arabic-latin-400-normal-X3.woff2',
  'noto-naskh-arabic-latin-700-normal-X4.woff2',
  'noto-naskh-arabic-latin-400-italic-X5.woff2',
  'source-serif-4-greek-400-normal-G1.woff2',
]

test('an Arabic page preloads the Arabic faces of its first screen', () => {
  const tags = fontPreloads('ar', assets)
  expect(tags.match(/<link /g)).toHaveLength(4)
  expect(tags).toContain('href="/assets/noto-naskh-arabic-arabic-400-normal-X1.woff2"')
  // The wordmark is bold Latin, set in the Arabic face's Latin letters.
  expect(tags).toContain('href="/assets/noto-naskh-arabic-latin-700-normal-X4.woff2"')
  expect(tags).toContain('crossorigin')
  expect(tags).not.toContain('italic')
})

test('a region subtag does not matter, and only faces that were built are named', () => {
  expect(fontPreloads('el-GR', assets)).toBe(
    '<link rel="preload" href="/assets/source-serif-4-greek-400-normal-G1.woff2" as="font" type="font/woff2" crossorigin/>',
  )
})

test('a Latin page adds nothing to the template', () => {
  expect(fontPreloads('en', assets)).toBe('')
  expect(fontPreloads('fr', assets)).toBe('')
})
