import { expect, test } from 'vitest'
import { fileKinds } from './search-report.ts'

test('the files a query fetched are summed by kind: Pagefind’s by extension, others by path', () => {
  expect(
    fileKinds([
      { path: '/pagefind/en/fragment/en_1.pf_fragment', bytes: 1500 },
      { path: '/pagefind/en/fragment/en_2.pf_fragment', bytes: 500 },
      { path: '/pagefind/en/pagefind.js', bytes: 16000 },
      { path: '/favicon.png', bytes: 400 },
    ]),
  ).toBe('pf_fragment ×2 (2.0 kB), js ×1 (16.0 kB), /favicon.png ×1 (0.4 kB)')
})
