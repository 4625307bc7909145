#!/usr/bin/env bash
# The performance budgets, run by .ci/run after the tests against the build they made in dist/:
# first-load JavaScript and CSS sizes, then Lighthouse on the list and an article.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
echo "budgets: size-limit"
npm run size || status=1
echo "budgets: Lighthouse CI"
# One measured round: a budget it misses fails the build.
npm run lhci || status=1
exit $status
