import { expect, test } from 'vitest'
import { wordsFor } from './catalogues.ts'
import { fill, pluralForm } from './count.ts'
import { english } from './english.ts'
import { englishTools } from './english-tools.ts'
import { ToolWordsSchema, WordsSchema } from './words-schema.ts'

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

// The tool words: English's are the app's; every other catalogue carries its own, whole.
const toolWords = (lang: string) =>
  ToolWordsSchema.parse(lang === 'en' ? englishTools : wordsFor(lang))
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

test('every catalogue has every tool word, in its own language, and an article keeps them', () => {
  for (const lang of languages.slice(1)) {
    const words = toolWords(lang)
    expect(words.saveForOffline, lang).not.toBe(englishTools.saveForOffline)
    expect(words.listen, lang).not.toBe(englishTools.listen)
    expect(words.copyQuoteLink, lang).not.toBe(englishTools.copyQuoteLink)
    expect(WordsSchema.parse(wordsFor(lang)).share, lang).toBe(words.share)
  }
})

test('a tool word keeps the placeholders of its English; a counted one, in every form', () => {
  for (const lang of languages) {
    const words = toolWords(lang)
    for (const [key, source] of Object.entries(englishTools)) {
      const value: unknown = Reflect.get(words, key)
      if (typeof source === 'string') {
        expect(typeof value === 'string' && placeholders(value), `${lang}: ${key}`).toEqual(
          placeholders(source),
        )
        continue
      }
      // A form may spell its number out ("One article"); `other` has it, and none drops a value.
      const withoutCount = (names: string[]) => names.filter((name) => name !== '{n}')
      const forms = Object.entries(typeof value === 'object' && value ? value : {})
      expect(forms.length, `${lang}: ${key}`).toBeGreaterThan(0)
      for (const [form, text] of forms) {
        const found = typeof text === 'string' ? placeholders(text) : []
        expect(withoutCount(found), `${lang}: ${key}.${form}`).toEqual(
          withoutCount(placeholders(source.other)),
        )
        if (form === 'other') expect(found, `${lang}: ${key}.other`).toContain('{n}')
      }
    }
  }
})

test('counted tool words follow the language’s plural rules', () => {
  const arabic = toolWords('ar').savedTotal
  expect(fill(pluralForm(arabic, 2, 'ar'), { size: '4 kB' })).toBe(
    'مقالان، 4 kB، محفوظان في هذا المتصفح للقراءة دون اتصال.',
  )
  expect(pluralForm(arabic, 5, 'ar')).toContain('{n} مقالات')
  expect(pluralForm(toolWords('fr').readMarksCount, 1, 'fr')).toBe(
    'Un article est marqué comme lu dans les listes.',
  )
  expect(pluralForm(englishTools.readMarksCount, 3, 'en')).toBe(
    '{n} articles are marked as read in the lists.',
  )
})
