import { expect, test } from 'vitest'
import { reviewPage } from './review-page.ts'

test('each page and view is a row, the earlier version first, names escaped', () => {
  const html = reviewPage('main~3', [
    { page: 'front', view: '375-light', file: 'after-front-375-light.png', label: 'after' },
    { page: 'front', view: '375-light', file: 'before-front-375-light.png', label: 'before' },
    { page: 'x"<y', view: 'print', file: 'after-x.png', label: 'after' },
  ])
  const front = html.split('\n').find((line) => line.includes('front 375-light')) ?? ''
  expect(front.indexOf('before-front')).toBeGreaterThan(-1)
  expect(front.indexOf('before-front')).toBeLessThan(front.indexOf('after-front'))
  expect(html).toContain('x&#34;&#60;y print')
  expect(html).toContain('<td>(none)</td>')
  expect(html).not.toContain('x"<y')
})
