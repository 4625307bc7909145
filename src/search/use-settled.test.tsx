import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { useSettled } from './use-settled.ts'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

test('the value settles once it has stopped changing, skipping the values on the way', () => {
  const { result, rerender } = renderHook(({ value }) => useSettled(value, 100), {
    initialProps: { value: 'o' },
  })
  expect(result.current).toBe('o')
  rerender({ value: 'ot' })
  act(() => vi.advanceTimersByTime(60))
  rerender({ value: 'ott' })
  act(() => vi.advanceTimersByTime(60))
  expect(result.current).toBe('o')
  act(() => vi.advanceTimersByTime(40))
  expect(result.current).toBe('ott')
})
