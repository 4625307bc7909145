import { expect, test } from 'vitest'
import { mapLimited } from './map-limited.ts'

test('keeps the order of the items and never has more than the limit at work', async () => {
  let working = 0
  let most = 0
  const results = await mapLimited([5, 1, 4, 2, 3], 2, async (item, index) => {
    working += 1
    most = Math.max(most, working)
    await new Promise((resolve) => setTimeout(resolve, item))
    working -= 1
    return `${index}:${item}`
  })
  expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3'])
  expect(most).toBe(2)
})

test('an empty list gives an empty result', async () => {
  expect(await mapLimited([], 4, async () => 1)).toEqual([])
})
