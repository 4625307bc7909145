#!/usr/bin/env bash
# Every test Lede has: unit tests, the production build, then end-to-end tests against it.
# Ends with one line, "N passed, N failed", that counts them all.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

if node scripts/ensure-browser.mjs && npm run build; then
  npx playwright test || status=1
else
  status=1
fi

node scripts/report-totals.mjs || status=1
exit $status
