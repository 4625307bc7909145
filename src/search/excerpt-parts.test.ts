import { expect, test } from 'vitest'
import { excerptParts } from './excerpt-parts.ts'

test('the marked words are split out from the text around them', () => {
  expect(excerptParts('the <mark>otters</mark> are <mark>back</mark>.')).toEqual([
    { text: 'the ', marked: false },
    { text: 'otters', marked: true },
    { text: ' are ', marked: false },
    { text: 'back', marked: true },
    { text: '.', marked: false },
  ])
})

test('escaped characters become the characters they stand for', () => {
  expect(excerptParts('fish &amp; chips &lt;b&gt; &quot;here&quot;')).toEqual([
    { text: 'fish & chips <b> "here"', marked: false },
  ])
})

test('any other tag stays as text, and an unclosed mark marks nothing', () => {
  expect(excerptParts('<img src=x onerror=alert(1)> and <mark>half')).toEqual([
    { text: '<img src=x onerror=alert(1)> and <mark>half', marked: false },
  ])
})
