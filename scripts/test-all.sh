#!/usr/bin/env bash
# Every test Lede has: unit tests, the production build, then end-to-end tests against it.
# Ends with one line, "N passed, N failed", that counts them all.
set -uo pipefail
cd "$(dirname "$0")/.."
# Playwright empties test-results/ when it starts, so the counts CI reads live in reports/.
rm -rf reports && mkdir -p reports

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

if node scripts/ensure-browser.mjs && npm run build; then
  npx playwright test || status=1
else
  status=1
fi

node scripts/report-totals.mjs || status=1
exit $status
