import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articleCodeEntries, buildCodeHash } from './build-code-hash.ts'

let root: string
const write = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), text)
}

// A project in miniature: the article build's entries, one importing a step, a summariser and a
// word catalogue, and a collection step no article's result depends on.
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lede-code-hash-'))
  for (const entry of articleCodeEntries) await write(entry, `export const entry = 1\n`)
  await write(
    'src/content-build/build-article.ts',
    `import { step } from './article-steps/step.ts'\nimport type { T } from "../lib/types.ts"\n`,
  )
  await write('src/content-build/article-steps/step.ts', `export const step = 1\n`)
  await write('src/lib/types.ts', `export type T = 1\n`)
  await write('src/summariser/summarise.ts', `export const summarise = 1\n`)
  await write('src/lib/words/english.ts', `export const words = []\n`)
  await write('src/content-build/site-steps/order.ts', `export const order = 1\n`)
  await write('package-lock.json', `{}\n`)
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('buildCodeHash', () => {
  it('is the same for the same code', async () => {
    expect(await buildCodeHash(root)).toBe(await buildCodeHash(root))
  })

  it.each([
    ['an article step the build imports', 'src/content-build/article-steps/step.ts'],
    ['a module imported for its types alone', 'src/lib/types.ts'],
    ['the summariser', 'src/summariser/summarise.ts'],
    ['a word catalogue', 'src/lib/words/english.ts'],
    ['the libraries locked', 'package-lock.json'],
  ])('changes when %s changes', async (_what, file) => {
    const before = await buildCodeHash(root)
    await write(file, `// changed\n`)
    expect(await buildCodeHash(root)).not.toBe(before)
  })

  it('changes when the article build imports one more module', async () => {
    const before = await buildCodeHash(root)
    await write('src/content-build/article-steps/step.ts', `import './more.ts'\n`)
    await write('src/content-build/article-steps/more.ts', `export {}\n`)
    const added = await buildCodeHash(root)
    expect(added).not.toBe(before)
    await write('src/content-build/article-steps/more.ts', `export const more = 2\n`)
    expect(await buildCodeHash(root)).not.toBe(added)
  })

  it('stays when only the collection code changes, so the articles stay cached', async () => {
    const before = await buildCodeHash(root)
    await write('src/content-build/site-steps/order.ts', `export const order = 2\n`)
    expect(await buildCodeHash(root)).toBe(before)
  })
})
