import { expect, test } from 'vitest'
import { titleKey } from './title-key.ts'

test('titles that differ only in case, spacing or compatibility forms match', () => {
  expect(titleKey('  Harbour   Bridge\tReopens ')).toBe(titleKey('harbour bridge reopens'))
  expect(titleKey('ﬁve things')).toBe(titleKey('five things'))
  expect(titleKey('Harbour bridge')).not.toBe(titleKey('Harbour bridges'))
})

test('a title set in typographic quotes matches the same title as typed', () => {
  expect(titleKey('The “Dock’s” Last Day')).toBe(titleKey(`The "Dock's" Last Day`))
  expect(titleKey('Le «\u202fport\u202f» rouvre')).toBe(titleKey('Le "port" rouvre'))
  expect(titleKey('Der „Hafen“')).toBe(titleKey('Der "Hafen"'))
})
