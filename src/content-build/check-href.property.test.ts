import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkHref, type CheckedHref } from './check-href.ts'
import { hrefLike, numRuns, propertySeed } from './hostile-strings.ts'

// What a browser would do with the link on an article page: the WHATWG URL parser in Node
// is the one browsers follow.
const page = 'https://lede.example/articles/some-article'
const safeProtocols = new Set(['http:', 'https:', 'mailto:'])

function isSafeForBrowser(href: string): boolean {
  if (!URL.canParse(href, page)) return false
  const url = new URL(href, page)
  if (!safeProtocols.has(url.protocol)) return false
  // A relative link must stay on Lede; only an explicit http(s) link may leave it.
  const external = /^(https?|mailto):/i.test(href)
  return external || url.origin === new URL(page).origin
}

const allowsOnlySafeLinks = (check: (url: string) => CheckedHref) =>
  fc.property(hrefLike, (url) => {
    const checked = check(url)
    if (checked.kind === 'error') return true
    // eslint-disable-next-line no-control-regex -- a control character in an href is the bug
    return isSafeForBrowser(checked.href) && !/[\s\u0000-\u001f]/.test(checked.href)
  })

// Three hundred runs can take several seconds on a busy machine.
test('no string the link check lets through is an unsafe link in a browser', () => {
  fc.assert(allowsOnlySafeLinks(checkHref), { numRuns, seed: propertySeed })
}, 30_000)

test('negative control: the property catches a check that only looks for "javascript:"', () => {
  const naive = (url: string): CheckedHref =>
    url.startsWith('javascript:')
      ? { kind: 'error', message: 'not allowed' }
      : { kind: 'external', href: url }
  const result = fc.check(allowsOnlySafeLinks(naive), { numRuns, seed: propertySeed })
  expect(result.failed).toBe(true)
}, 30_000)
