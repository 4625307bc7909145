import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from 'vitest'

const helper = path.resolve('scripts/run-to-end.ts')

// Each case runs in a Node process of its own, as a command does.
function run(work: string) {
  const code = `import { runToEnd } from ${JSON.stringify(helper)}; runToEnd('site files', ${work})`
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', code],
    { encoding: 'utf8' },
  )
  return { status: result.status, stderr: result.stderr }
}

test('work that finishes exits 0', () => {
  expect(run('async () => {}')).toEqual({ status: 0, stderr: '' })
})

test('work that fails prints its error and exits 1', () => {
  const { status, stderr } = run("async () => { throw new Error('disk full') }")
  expect(status).toBe(1)
  expect(stderr).toContain('disk full')
})

test('work left waiting on an answer that never comes exits 1 and says so', () => {
  const { status, stderr } = run('() => new Promise(() => {})')
  expect(status).toBe(1)
  expect(stderr).toMatch(/^site files: stopped before it finished.*the output is incomplete/)
})
