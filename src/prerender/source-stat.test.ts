import type { BigIntStats } from 'node:fs'
import { statSync } from 'node:fs'
import { expect, test } from 'vitest'
import { settledStat, SETTLE_MS, statKey } from './source-stat.ts'

// A real stat, with the fields the key is made of set as each case needs.
function statWith(fields: Partial<Pick<BigIntStats, 'dev' | 'ino' | 'size' | 'mtimeNs'>>) {
  return Object.assign(statSync('package.json', { bigint: true }), fields)
}

const nowMs = 1_800_000_000_000
const msAgo = (ms: number) => BigInt(nowMs - ms) * 1_000_000n

test('a file of another inode, size, device or time has another stat key', () => {
  const base = { dev: 1n, ino: 2n, size: 3n, mtimeNs: msAgo(60_000) }
  const key = statKey(statWith(base))
  expect(statKey(statWith({ ...base }))).toBe(key)
  expect(statKey(statWith({ ...base, ino: 9n }))).not.toBe(key)
  expect(statKey(statWith({ ...base, size: 9n }))).not.toBe(key)
  expect(statKey(statWith({ ...base, dev: 9n }))).not.toBe(key)
  // A nanosecond apart is another time.
  expect(statKey(statWith({ ...base, mtimeNs: base.mtimeNs + 1n }))).not.toBe(key)
})

test('a stat key is written as earlier runs wrote it, so their manifests are still trusted', () => {
  expect(statKey(statWith({ dev: 1n, ino: 2n, size: 3n, mtimeNs: 4n }))).toBe('1:2:3:4')
})

test('a stat is kept only once the file has been still for a while', () => {
  const still = statWith({ mtimeNs: msAgo(Number(SETTLE_MS) + 1) })
  expect(settledStat(still, nowMs)).toBe(statKey(still))
  // Written just now, it could be written again within the same clock tick, unseen.
  expect(settledStat(statWith({ mtimeNs: msAgo(5) }), nowMs)).toBeNull()
  expect(settledStat(statWith({ mtimeNs: msAgo(Number(SETTLE_MS)) }), nowMs)).toBeNull()
  // A time ahead of the clock is not trusted either.
  expect(settledStat(statWith({ mtimeNs: msAgo(-60_000) }), nowMs)).toBeNull()
})
