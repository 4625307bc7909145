import { expect, test } from 'vitest'
import { detectLanguage } from './detect-language.ts'

test.each([
  ['en', 'The council said that the bridge was closed for repairs and would open in the spring.'],
  [
    'es',
    'El alcalde dijo que los trabajos del puerto terminarán antes de lo previsto y con menos coste.',
  ],
  [
    'fr',
    'Le maire a dit que les travaux du port sont terminés et que la ville est prête pour cette saison.',
  ],
  [
    'de',
    'Der Bürgermeister sagte, dass die Arbeiten am Hafen nicht mehr lange dauern und die Stadt bereit ist.',
  ],
  ['el', 'Ο δήμαρχος είπε ότι τα έργα στο λιμάνι θα τελειώσουν νωρίτερα από ό,τι αναμενόταν.'],
  ['ar', 'قال رئيس البلدية إن أعمال الميناء ستنتهي قبل الموعد المتوقع وبتكلفة أقل.'],
])('%s is recognised, with a reason', (lang, text) => {
  const detected = detectLanguage(text)
  expect(detected.lang).toBe(lang)
  expect(detected.why).toMatch(/words are common|letters are in the/)
})

test('too little text is English by default, and says so', () => {
  expect(detectLanguage('Hello')).toEqual({
    lang: 'en',
    why: 'too few common words to tell (0 found), so English is assumed',
  })
})
