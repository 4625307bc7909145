import { expect, test } from 'vitest'
import { titleKey } from './title-key.ts'

test('titles that differ only in case, spacing or compatibility forms match', () => {
  expect(titleKey('  Harbour   Bridge\tReopens ')).toBe(titleKey('harbour bridge reopens'))
  expect(titleKey('ﬁve things')).toBe(titleKey('five things'))
  expect(titleKey('Harbour bridge')).not.toBe(titleKey('Harbour bridges'))
})
