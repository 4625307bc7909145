import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { expect, test } from '@playwright/test'

// What a host that reads _headers sends for each file the build wrote. Read from the build
// itself, so a new kind of file (a feed, a service worker, an image folder) fails here until
// the headers file says how to cache it.
const dist = process.env.LEDE_DIST ?? 'dist'

type Rule = { pattern: RegExp; headers: Map<string, string> }

// Netlify and Cloudflare Pages syntax: a path line, then indented "Name: value" lines; "*"
// matches anything, ":name" one path segment.
function readRules(text: string): Rule[] {
  const rules: Rule[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/gi, '[^/]+')
      rules.push({ pattern: new RegExp(`^${source}$`), headers: new Map() })
      continue
    }
    const [name = '', ...value] = line.trim().split(':')
    rules.at(-1)?.headers.set(name.toLowerCase(), value.join(':').trim())
  }
  return rules
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
}

// The addresses a file is asked for at: articles/x/index.html also as /articles/x and /articles/x/.
function addressesOf(file: string): string[] {
  if (!file.endsWith('/index.html')) return [file]
  const folder = file.slice(0, -'index.html'.length)
  return folder === '/' ? ['/', file] : [folder, folder.slice(0, -1), file]
}

const immutable = 'public, max-age=31536000, immutable'
const revalidated = 'public, max-age=0, must-revalidate'
// Vite names what it builds name-<hash>.ext; article images keep their names but never change.
const neverChanges = (file: string) =>
  /^\/assets\/.+-[\w-]{8,}\.\w+$/.test(file) || file.startsWith('/images/')

test('every file the build writes gets one caching rule, long for hashed files, revalidated for the rest', () => {
  const rules = readRules(readFileSync(join(dist, '_headers'), 'utf8'))
  const files = filesUnder(dist).filter((file) => file !== '/_headers')
  expect(files.length).toBeGreaterThan(5)
  const wrong = files.flatMap((file) =>
    addressesOf(file).flatMap((address) => {
      const caching = rules
        .filter((rule) => rule.pattern.test(address) && rule.headers.has('cache-control'))
        .map((rule) => rule.headers.get('cache-control'))
      const expected = neverChanges(file) ? immutable : revalidated
      return caching.length === 1 && caching[0] === expected
        ? []
        : [
            `${address}: ${caching.length ? caching.join(' + ') : 'no Cache-Control'}, want ${expected}`,
          ]
    }),
  )
  expect(wrong).toEqual([])
})

test('every file the build writes gets the security policy', () => {
  const rules = readRules(readFileSync(join(dist, '_headers'), 'utf8'))
  for (const file of filesUnder(dist)) {
    const policies = rules.filter(
      (rule) => rule.pattern.test(file) && rule.headers.has('content-security-policy'),
    )
    expect(policies, file).toHaveLength(1)
  }
})
