import { expect, test } from 'vitest'
import { slugPattern } from '../articles/article-schema.ts'
import { slugify } from './slug.ts'

test.each([
  ['Kremlin’s Plan: What Comes Next?', 'kremlins-plan-what-comes-next'],
  ['Café Société à Zürich', 'cafe-societe-a-zurich'],
  ['Straße über Łódź', 'strasse-uber-lodz'],
  ['ﬁve ① things', 'five-1-things'],
  ['  --Already--Kebab--  ', 'already-kebab'],
])('the slug of %s is %s', (title, slug) => {
  expect(slugify(title)).toBe(slug)
  expect(slugPattern.test(slug)).toBe(true)
})

test('a slug is lowercase words joined by single hyphens', () => {
  for (const bad of ['', 'Upper', 'two--hyphens', '-lead', 'trail-', 'space here', 'ünï']) {
    expect(slugPattern.test(bad)).toBe(false)
  }
})

test('a title without Latin letters gets a stable hash slug', () => {
  expect(slugify('Новости дня')).toMatch(/^article-[0-9a-f]{8}$/)
  expect(slugify('Новости дня')).toBe(slugify('Новости дня'))
  expect(slugify('Ειδήσεις 2026')).not.toBe(slugify('Новости дня'))
})
