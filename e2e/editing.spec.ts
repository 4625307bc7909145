import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { measureDevEdit } from '../scripts/bench/dev-edit.ts'
import { generateCorpus } from '../scripts/generate-corpus.ts'

// An editor's loop in `npm run dev`, on a copy of the project with a small corpus: the article
// page open, its Markdown saved twice with a new title. The harness fails unless the page shows
// each new title, and still shows it once the whole content build that follows has written
// every file; the page must never reload to do it.
test('an article saved while the dev server runs is shown on its open page without a reload', async () => {
  test.setTimeout(300_000)
  const corpus = await mkdtemp(path.join(tmpdir(), 'lede-editing-'))
  try {
    await generateCorpus(corpus, 12)
    const { shownMs, wholeMs, reloads } = await measureDevEdit(corpus, 2, 5197)
    expect(shownMs).toHaveLength(2)
    expect(wholeMs).toHaveLength(2)
    expect(reloads).toBe(0)
  } finally {
    await rm(corpus, { recursive: true, force: true })
  }
})
