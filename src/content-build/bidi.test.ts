import { expect, test } from 'vitest'
import { balanceBidi } from './bidi.ts'

const RLO = '\u202e'
const PDF = '\u202c'
const RLI = '\u2067'
const PDI = '\u2069'

test('text without controls is unchanged', () => {
  expect(balanceBidi('Harbour news ‏عربي')).toBe('Harbour news ‏عربي')
})

test('an override left open is closed at the end', () => {
  expect(balanceBidi(`Harbour ${RLO}news`)).toBe(`Harbour ${RLO}news${PDF}`)
  expect(balanceBidi(`${RLI}a${RLO}b`)).toBe(`${RLI}a${RLO}b${PDF}${PDI}`)
})

test('a closer with nothing to close is dropped', () => {
  expect(balanceBidi(`a${PDF}b${PDI}c`)).toBe('abc')
})

test('balanced text is kept, and an isolate closes what was left open inside it', () => {
  expect(balanceBidi(`${RLI}a${PDI} ${RLO}b${PDF}`)).toBe(`${RLI}a${PDI} ${RLO}b${PDF}`)
  expect(balanceBidi(`${RLI}a${RLO}b${PDI}c`)).toBe(`${RLI}a${RLO}b${PDF}${PDI}c`)
})
