import { expect, test } from 'vitest'
import { isSpace } from './is-space.ts'

test('a character is a space exactly when /\\s/ says so', () => {
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code)
    expect(isSpace(char), `U+${code.toString(16)}`).toBe(/\s/.test(char))
  }
  expect(isSpace(undefined)).toBe(false)
})
