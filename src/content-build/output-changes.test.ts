// @vitest-environment node
import { appendFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { outputChangesSince } from './output-changes.ts'

let root = ''
let manifest = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-changes-'))
  manifest = path.join(root, 'out.json')
  await writeFile(manifest, '["lede-output-keys-2"]')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const line = (file: string) => `${JSON.stringify([file, 'key'])}\n`

test('names the files whose lines came after the mark, each once', async () => {
  const first = outputChangesSince(manifest, null)
  expect(first.files).toBeNull()
  await appendFile(`${manifest}.more`, line('articles/a.json') + line('list/1.json'))
  await appendFile(`${manifest}.more`, line('articles/a.json'))
  const second = outputChangesSince(manifest, first.mark)
  expect(second.files?.toSorted()).toEqual(['articles/a.json', 'list/1.json'])
  // From the new mark on, nothing yet; a line cut short is left for the next reader.
  await appendFile(`${manifest}.more`, '["articles/b.js')
  expect(outputChangesSince(manifest, second.mark).files).toEqual([])
})

test('cannot tell after the keys are written whole, or while they are away', async () => {
  const { mark } = outputChangesSince(manifest, null)
  await writeFile(`${manifest}.tmp`, '["lede-output-keys-2"]')
  await rename(`${manifest}.tmp`, manifest)
  expect(outputChangesSince(manifest, mark).files).toBeNull()
  const now = outputChangesSince(manifest, null).mark
  await rename(manifest, `${manifest}.aside`)
  expect(outputChangesSince(manifest, now)).toEqual({ files: null, mark: null })
})
