// @vitest-environment node
import { expect, test } from 'vitest'
import { standAlone } from './stand-alone.ts'

test('a linking word is dropped and the sentence capitalised', () => {
  expect(standAlone('However, the dollar fell.', 'en')).toEqual({
    text: 'The dollar fell.',
    leans: null,
  })
  expect(standAlone('But calls for a shift have failed.', 'en').text).toBe(
    'Calls for a shift have failed.',
  )
  expect(standAlone('"And we kept going," said Ann Reid.', 'en').text).toBe(
    '"We kept going," said Ann Reid.',
  )
  expect(standAlone('And yet, prices rose.', 'en').text).toBe('Prices rose.')
})

test('what cannot be dropped is kept and reported', () => {
  expect(standAlone('But he said it was wrong.', 'en')).toEqual({
    text: 'He said it was wrong.',
    leans: { kind: 'pronoun', words: 'He' },
  })
  expect(standAlone('The company said no.', 'en').leans?.kind).toBe('reference')
  expect(standAlone('Prices rose.', 'en')).toEqual({ text: 'Prices rose.', leans: null })
})
