// @vitest-environment node
import { expect, test } from 'vitest'
import { compileHintBanner } from './compile-hints.ts'

test('the entry chunk opens with the eager compile hint (Rolldown ends the line)', () => {
  expect(compileHintBanner({ isEntry: true })).toBe('//# allFunctionsCalledOnLoad')
})

test('a lazy chunk gets no hint', () => {
  expect(compileHintBanner({ isEntry: false })).toBe('')
})
