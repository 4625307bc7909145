// @vitest-environment node
import { expect, test } from 'vitest'
import { repeats } from './repeats.ts'
import { tokenise } from './tokenise.ts'

const words = (text: string) => new Set(tokenise(text, 'en'))

test('a point most of whose words another already holds repeats it', () => {
  expect(
    repeats(
      words('Britain has offered to send 120 Gurkhas to help the relief effort.'),
      words(
        'The government has formally offered a company of 120 Gurkhas to help the relief effort in Indonesia, a spokesman said.',
      ),
    ),
  ).toBe(true)
})

test('points on the same subject that say different things do not', () => {
  expect(
    repeats(
      words('Mr Clarke says the powers are needed to counter terror threats.'),
      words('Mr Clarke says he does not intend to use the house arrest powers now.'),
    ),
  ).toBe(false)
  // Too few words to say anything twice.
  expect(repeats(words('Prices rose.'), words('Prices rose again in March.'))).toBe(false)
})
