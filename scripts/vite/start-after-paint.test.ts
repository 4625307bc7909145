// @vitest-environment node
import { expect, test } from 'vitest'
import { bundleBoot } from './boot-script.ts'
import { startAppAfterPaint } from './start-after-paint.ts'

const built = (extra = '') => `<!doctype html>
<html lang="en">
  <head>
    <script src="/boot.js"></script>
    <script type="module" crossorigin src="/assets/index-Ab12.js"></script>
    ${extra}<link rel="stylesheet" crossorigin href="/assets/index-Cd34.css">
  </head>
  <body><div id="lede-root"></div></body>
</html>`

test('the module tag goes, boot.js is told which script to start, and it is fetched at low priority', () => {
  const html = startAppAfterPaint(built())
  expect(html).not.toContain('type="module"')
  expect(html).toContain('<script src="/boot.js" data-app="/assets/index-Ab12.js"></script>')
  expect(html).toContain(
    '<link rel="modulepreload" href="/assets/index-Ab12.js" fetchpriority="low" />',
  )
  expect(html.match(/modulepreload/g)).toHaveLength(1)
  expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-Cd34.css">')
})

test('a page that preloads modules of its own is refused', () => {
  expect(() =>
    startAppAfterPaint(built('<link rel="modulepreload" crossorigin href="/assets/vendor.js">')),
  ).toThrow(/preloads modules/)
})

test('a page with no module script, or two, is refused', () => {
  expect(() =>
    startAppAfterPaint(built().replace(/<script type="module".*<\/script>/, '')),
  ).toThrow(/one module script; it has 0/)
  expect(() =>
    startAppAfterPaint(built('<script type="module" src="/assets/other.js"></script>')),
  ).toThrow(/it has 2/)
})

test('a template without boot.js is refused', () => {
  expect(() => startAppAfterPaint(built().replace('<script src="/boot.js"></script>', ''))).toThrow(
    /no <script src="\/boot.js">/,
  )
})

test('the build ships boot.js bundled and minified, still starting the app it is given', async () => {
  const [bundled, minified] = await Promise.all([bundleBoot(false), bundleBoot(true)])
  expect(minified.length).toBeLessThan(bundled.length * 0.7)
  // One classic script: whatever it imports is inside it.
  expect(minified).not.toMatch(/\bimport\b/)
  expect(minified).toContain('data-app')
  expect(minified).toContain('first-contentful-paint')
  expect(minified).toContain('lede:started')
})
