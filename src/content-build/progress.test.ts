import { expect, test } from 'vitest'
import { progressLine, startProgress } from './progress.ts'

function fakeStream(isTTY: boolean) {
  const written: string[] = []
  const stream = {
    isTTY,
    write: (text: string) => {
      written.push(text)
      return true
    },
  }
  return { written, stream: stream as unknown as NodeJS.WriteStream }
}

test('a line gives the counts, the share done and the time left at the pace so far', () => {
  expect(progressLine('content', 2500, 10000, 10)).toBe(
    'content: 2,500/10,000 (25%), about 30 s left',
  )
  expect(progressLine('prerender', 10000, 10000, 40)).toBe('prerender: 10,000/10,000 (100%)')
  expect(progressLine('content', 100, 100_000, 6)).toMatch(/about 99 min 54 s left$/)
})

test('off a terminal it prints a plain line every tenth of the way, and nothing for small runs', () => {
  let clock = 0
  const { written, stream } = fakeStream(false)
  const progress = startProgress({ label: 'content', total: 1000, stream, now: () => clock })
  for (let done = 1; done <= 1000; done += 1) {
    clock += 1
    progress.update(done)
  }
  progress.finish()
  expect(written).toHaveLength(9)
  expect(written[0]).toBe('content: 100/1,000 (10%), about 1 s left\n')

  const small = fakeStream(false)
  const quiet = startProgress({ label: 'content', total: 10, stream: small.stream })
  quiet.update(10)
  expect(small.written).toEqual([])
})

test('on a terminal it redraws one bar in place and clears it at the end', () => {
  let clock = 0
  const { written, stream } = fakeStream(true)
  const progress = startProgress({ label: 'prerender', total: 600, stream, now: () => clock })
  clock = 1000
  progress.update(300)
  progress.finish()
  expect(written[0]).toMatch(/^\r\[#{12}-{12}\] prerender: 300\/600 \(50%\), about 1 s left/)
  expect(written.at(-1)).toBe('\r\x1b[K')
})
