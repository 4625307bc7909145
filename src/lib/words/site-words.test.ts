import { expect, test } from 'vitest'
import { english } from './english.ts'
import { loadSiteWords, readSiteWords, speaksSiteLanguage } from './site-words.ts'

const block = (text: string) => {
  const element = document.createElement('script')
  element.type = 'application/json'
  element.textContent = text
  return element
}

test('the site’s words are read from the page’s data block', () => {
  expect(readSiteWords(block(JSON.stringify(english)))).toEqual(english)
})

test('a missing, broken or foreign block gives no words, and the app loads them instead', async () => {
  expect(readSiteWords(null)).toBeNull()
  expect(readSiteWords(block(''))).toBeNull()
  expect(readSiteWords(block('{"skipToContent":'))).toBeNull()
  expect(readSiteWords(block('{"slug":"a"}'))).toBeNull()
  expect(readSiteWords(block('"skipToContent"'))).toBeNull()
  expect(await loadSiteWords()).toEqual(english)
})

test('an article speaks the site’s language by its primary subtag', () => {
  expect(speaksSiteLanguage('en')).toBe(true)
  expect(speaksSiteLanguage('EN-gb')).toBe(true)
  expect(speaksSiteLanguage('ar')).toBe(false)
  expect(speaksSiteLanguage('el')).toBe(false)
})
