import { expect, test } from 'vitest'
import { wordsFor } from './catalogues.ts'
import { fill, pluralForm } from './count.ts'
import { english } from './english.ts'
import { WordsSchema } from './words-schema.ts'

const languages = ['en', 'ar', 'el', 'es', 'fr', 'de']

test('every catalogue has every string, and each is filled in', () => {
  for (const lang of languages) {
    const words = WordsSchema.parse(wordsFor(lang))
    for (const [key, value] of Object.entries(words)) {
      const text = typeof value === 'string' ? value : value.other
      expect(text.trim(), `${lang}: ${key}`).not.toBe('')
    }
  }
})

test('each catalogue is its own language, not a copy of the English', () => {
  for (const lang of languages.slice(1)) {
    expect(wordsFor(lang).summaryOpen, lang).not.toBe(english.summaryOpen)
    expect(wordsFor(lang).contents, lang).not.toBe(english.contents)
    expect(wordsFor(lang).searchLabel, lang).not.toBe(english.searchLabel)
  }
})

test('a catalogue keeps the placeholders its English sentence has', () => {
  for (const lang of languages) {
    const words = wordsFor(lang)
    expect(words.byline, lang).toContain('{author}')
    expect(words.moreFrom, lang).toContain('{author}')
    expect(words.everyArticleBy, lang).toContain('{author}')
    expect(words.copyFailed, lang).toContain('{url}')
    expect(words.readingTime.other, lang).toContain('{n}')
    expect(words.searchResults.other, lang).toContain('{n}')
    expect(words.noResults, lang).toContain('{query}')
  }
})

test('a language is found by its primary subtag and falls back to English', () => {
  expect(wordsFor('ar-EG')).toBe(wordsFor('ar'))
  expect(wordsFor('DE')).toBe(wordsFor('de'))
  expect(wordsFor('fi')).toBe(english)
})

test('plural forms follow the language’s rules', () => {
  const arabic = wordsFor('ar').readingTime
  expect(pluralForm(arabic, 3, 'ar')).toBe('{n} دقائق قراءة')
  expect(pluralForm(arabic, 11, 'ar')).toBe('{n} دقيقة قراءة')
  const greek = wordsFor('el').readingTime
  expect(pluralForm(greek, 1, 'el')).toBe('{n} λεπτό ανάγνωσης')
  expect(pluralForm(greek, 4, 'el')).toBe('{n} λεπτά ανάγνωσης')
  expect(pluralForm(english.readingTime, 1, 'not a language tag!')).toBe('{n} min read')
})

test('fill puts values in their places and leaves unknown names showing', () => {
  expect(fill('By {author}', { author: 'Helen Marsh' })).toBe('By Helen Marsh')
  expect(fill('{a} and {b}', { a: '1' })).toBe('1 and {b}')
})
