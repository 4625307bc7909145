// Prints one closing line that counts every test that ran, unit and end-to-end alike.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

// Arguments: the exit codes of Vitest, Playwright and the typecheck, so a run that failed
// without a failing test (an unhandled error, a server that never started, a type error) still
// counts as a failure.
const [vitestExit = '0', playwrightExit = '0', typecheckExit = '0'] = process.argv.slice(2)

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
let passed = 0
let failed = 0
let skipped = 0

const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
} else {
  failed += 1
  console.error('totals: no unit test results (reports/vitest.json); counted as a failure')
}

const playwright = read('reports/playwright.json')
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
} else {
  failed += 1
  console.error('totals: no end-to-end results (reports/playwright.json); counted as a failure')
}

function countExit(tool, code, failedTests) {
  if (code !== '0' && failedTests === 0) {
    failed += 1
    console.error(
      `totals: ${tool} exited with ${code} although no test failed; counted as a failure`,
    )
  }
}
countExit('Vitest', vitestExit, vitest?.numFailedTests ?? 1)
countExit('Playwright', playwrightExit, playwright?.stats.unexpected ?? 1)
if (typecheckExit !== '0') {
  failed += 1
  console.error(`totals: the typecheck failed (exit ${typecheckExit}); counted as a failure`)
}

const line = `${passed} passed, ${failed} failed, ${skipped} skipped`
writeFileSync('reports/totals.txt', `${line}\n`)
console.log(line)
process.exitCode = failed ? 1 : 0
