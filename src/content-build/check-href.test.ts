import { describe, expect, test } from 'vitest'
import { checkHref } from './check-href.ts'

describe('checkHref', () => {
  test.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com', 'http://example.com'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
  ])('allows %s as an external link', (url, href) => {
    expect(checkHref(url)).toEqual({ kind: 'external', href })
  })

  test('allows a fragment and a link to an article', () => {
    expect(checkHref('#what-comes-next')).toEqual({ kind: 'fragment', href: '#what-comes-next' })
    expect(checkHref('/articles/river-otters#why')).toEqual({
      kind: 'article',
      href: '/articles/river-otters#why',
      slug: 'river-otters',
    })
  })

  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['   javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['java\u200bscript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['DATA:text/html,x', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j as a "%s:" link', (url, scheme) => {
    expect(checkHref(url)).toEqual({
      kind: 'error',
      message: `"${scheme}:" links are not allowed (use http, https or mailto)`,
    })
  })

  test.each([
    '//evil.example/x',
    '\\\\evil.example',
    '/elsewhere',
    '/articles/Not_A_Slug',
    'relative/page',
    // An entity is decoded by the Markdown parser before the check; undecoded, it is no scheme.
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
  ])('refuses %j, which is no link Lede can follow', (url) => {
    expect(checkHref(url)).toMatchObject({ kind: 'error' })
  })

  test.each(['http:', 'https://', 'mailto'])('refuses the incomplete address %j', (url) => {
    expect(checkHref(url)).toMatchObject({ kind: 'error' })
  })

  test('refuses an allowed scheme with control characters hidden in it', () => {
    expect(checkHref('ht\ttps://example.com')).toEqual({
      kind: 'error',
      message: 'a link must not contain spaces or control characters',
    })
  })
})
