import { describe, expect, test } from 'vitest'
import { isTypingTarget, shortcutFor } from './shortcut-keys.ts'

const press = (key: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: document.body,
    ...extra,
  })

describe('shortcutFor', () => {
  test('maps each key to its action', () => {
    expect(press('j')).toBe('next')
    expect(press('k')).toBe('previous')
    expect(press('s')).toBe('summary')
    expect(press('?')).toBe('help')
    expect(press('x')).toBeNull()
  })

  test('ignores keys pressed with Ctrl, Meta or Alt, or while composing', () => {
    expect(press('j', { ctrlKey: true })).toBeNull()
    expect(press('k', { metaKey: true })).toBeNull()
    expect(press('s', { altKey: true })).toBeNull()
    expect(press('j', { isComposing: true })).toBeNull()
  })

  test('ignores keys typed into fields', () => {
    const input = document.createElement('input')
    const textarea = document.createElement('textarea')
    const editable = document.createElement('div')
    editable.setAttribute('contenteditable', '')
    document.body.append(input, textarea, editable)
    for (const target of [input, textarea, editable]) expect(press('j', { target })).toBeNull()
  })
})

describe('isTypingTarget', () => {
  test('buttons and radios are not for typing; text and search fields are', () => {
    const make = (type: string) => Object.assign(document.createElement('input'), { type })
    expect(isTypingTarget(make('radio'))).toBe(false)
    expect(isTypingTarget(make('checkbox'))).toBe(false)
    expect(isTypingTarget(make('search'))).toBe(true)
    expect(isTypingTarget(make('text'))).toBe(true)
    expect(isTypingTarget(document.createElement('button'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})
