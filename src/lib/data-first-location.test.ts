import { afterEach, expect, test, vi } from 'vitest'
import { dataFirstNavigate } from './data-first-location.ts'

afterEach(() => vi.useRealTimers())

const deferred = () => {
  let resolve: () => void = () => {}
  let reject: (error: Error) => void = () => {}
  const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)))
  return { promise, resolve, reject }
}

test('goes at once where there is nothing to prepare', () => {
  const go = vi.fn()
  dataFirstNavigate(() => null, go)('/')
  expect(go).toHaveBeenCalledWith('/', undefined)
})

test('changes the address only once the data is ready', async () => {
  const data = deferred()
  const go = vi.fn()
  dataFirstNavigate(() => data.promise, go)('/articles/a', { replace: true })
  await Promise.resolve()
  expect(go).not.toHaveBeenCalled()
  data.resolve()
  await vi.waitFor(() => expect(go).toHaveBeenCalledWith('/articles/a', { replace: true }))
})

test('goes anyway when the data fails, so the page can say what happened', async () => {
  const data = deferred()
  const go = vi.fn()
  dataFirstNavigate(() => data.promise, go)('/articles/a')
  data.reject(new Error('offline'))
  await vi.waitFor(() => expect(go).toHaveBeenCalledTimes(1))
})

test('goes after the time limit when the data is slow', async () => {
  vi.useFakeTimers()
  const go = vi.fn()
  dataFirstNavigate(() => new Promise(() => {}), go, 400)('/articles/slow')
  await vi.advanceTimersByTimeAsync(399)
  expect(go).not.toHaveBeenCalled()
  await vi.advanceTimersByTimeAsync(1)
  expect(go).toHaveBeenCalledWith('/articles/slow', undefined)
})

test('a later click wins over an earlier one still waiting', async () => {
  const first = deferred()
  const second = deferred()
  const go = vi.fn()
  const navigate = dataFirstNavigate(
    (to) => (to === '/articles/a' ? first.promise : second.promise),
    go,
  )
  navigate('/articles/a')
  navigate('/articles/b')
  second.resolve()
  first.resolve()
  await vi.waitFor(() => expect(go).toHaveBeenCalledWith('/articles/b', undefined))
  await first.promise
  await Promise.resolve()
  expect(go).toHaveBeenCalledTimes(1)
})
