// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { workerModules } from './run-script.mjs'

// The bundle is made from the project's own files, so the probe script lives in the project,
// in a folder of its own that is removed afterwards.
const probe = path.resolve('.run-script-probe')
beforeAll(async () => {
  await rm(probe, { recursive: true, force: true })
  await mkdir(probe)
})
afterAll(async () => {
  await rm(probe, { recursive: true, force: true })
})

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/run-script.mjs', script, ...args], { encoding: 'utf8' })

test('a script runs bundled with its options, its own URL and its modules as they now are', async () => {
  const script = path.join(probe, 'probe.ts')
  const word = path.join(probe, 'word.ts')
  await writeFile(
    script,
    [
      "import { parseArgs } from 'node:util'",
      "import { word } from './word.ts'",
      "const { values } = parseArgs({ options: { name: { type: 'string' } } })",
      'const typed: string = `${word} ${values.name ?? ""} ${import.meta.url}`',
      'console.log(typed)',
    ].join('\n'),
  )
  await writeFile(word, "export const word = 'first'\n")
  const first = run(script, '--name', 'Ada')
  expect(first.stderr).toBe('')
  expect(first.stdout.trim()).toBe(`first Ada ${pathToFileURL(script).href}`)
  // A module it imports changes: the next run is of the new code, never the last bundle.
  await writeFile(word, "export const word = 'second'\n")
  expect(run(script, '--name', 'Ada').stdout.trim()).toBe(
    `second Ada ${pathToFileURL(script).href}`,
  )
})

test('a script that fails to bundle says why and runs nothing', async () => {
  const script = path.join(probe, 'broken.ts')
  await writeFile(script, "import { gone } from './missing.ts'\nconsole.log(gone)\n")
  const result = run(script)
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(/missing\.ts/)
  expect(result.stdout).toBe('')
})

test('every worker module the build starts is bundled with the scripts that start it', () => {
  const started = new Set<string>()
  for (const folder of ['src', 'scripts']) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) {
        continue
      }
      const file = path.join(entry.parentPath, entry.name)
      const text = readFileSync(file, 'utf8')
      for (const [, module] of text.matchAll(
        /new URL\('([^']+-worker\.ts)', import\.meta\.url\)/g,
      )) {
        started.add(path.relative('.', path.resolve(path.dirname(file), module!)))
      }
    }
  }
  expect([...started].sort()).toEqual([...workerModules].sort())
})
