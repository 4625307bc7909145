#!/usr/bin/env bash
# Every test Lede has: unit tests, the production build, then end-to-end tests against it.
# Ends with one line, "N passed, N failed", that counts them all.
set -uo pipefail
cd "$(dirname "$0")/.."
# Playwright empties test-results/ when it starts, so the counts CI reads live in reports/.
rm -rf reports && mkdir -p reports

# Types are checked here rather than in the build, so `npm start` gets to the reader sooner.
npm run typecheck
typecheck_exit=$?

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
vitest_exit=$?

playwright_exit=0
if node scripts/ensure-browser.mjs && npm run build; then
  npx playwright test
  playwright_exit=$?
else
  echo "test: no browser or the build failed, so no end-to-end test ran" >&2
  playwright_exit=1
fi

# The exit codes go along: a run can fail with every test passing (an unhandled error, say),
# and the closing line must not hide that.
node scripts/report-totals.mjs "$vitest_exit" "$playwright_exit" "$typecheck_exit"
