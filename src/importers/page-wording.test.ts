import { expect, test } from 'vitest'
import { isFurniture, isPromptLine, trailerMarker } from './page-wording.ts'

test.each([
  'No time to read?',
  '  GET A SUMMARY ',
  '¿No tienes tiempo para leer?',
  'Pas le temps de lire ?',
  'Keine Zeit zum Lesen?',
  'Δεν έχετε χρόνο για διάβασμα;',
  'ليس لديك وقت للقراءة؟',
])('"%s" is the summary prompt', (line) => expect(isPromptLine(line)).toBe(true))

test('trailer markers in each language', () => {
  expect(
    [
      'Previous Article',
      'Artículo anterior',
      'Article précédent',
      'Vorheriger Artikel',
      'Προηγούμενο άρθρο',
      'المقال السابق',
    ].map(trailerMarker),
  ).toEqual(Array(6).fill('previous'))
  expect(
    [
      'NEXT ARTICLE',
      'Artículo siguiente',
      'Article suivant',
      'Nächster Artikel',
      'Επόμενο άρθρο',
      'المقال التالي',
    ].map(trailerMarker),
  ).toEqual(Array(6).fill('next'))
  expect(trailerMarker('The next article in the series')).toBeUndefined()
})

test.each([
  'Advertisement',
  'Share this article',
  'Read more: Ferry fares rise',
  'Lire aussi : Les quais',
  'Lesen Sie auch: Radwege',
  'اقرأ أيضا: الحافلات',
  'Publicidad',
  'Anzeige',
])('"%s" is site furniture', (line) => expect(isFurniture(line)).toBe(true))

test.each([
  'Read more about the plan in the council papers.',
  'Advertisement revenue fell by a third.',
  'More',
  'Share prices rose: a rally',
])('"%s" is text', (line) => expect(isFurniture(line)).toBe(false))
