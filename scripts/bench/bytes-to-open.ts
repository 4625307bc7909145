import type { Browser } from '@playwright/test'
import { gzipSync } from 'node:zlib'

export type Bytes = { requests: number; raw: number; gzip: number }
export type Transfer = {
  // The HTML and what it names itself (scripts, styles, icon): the same on every run.
  firstLoad: Bytes
  // What the app asks for once running (lazy chunks, neighbour JSON), when the network went
  // quiet: how much of it has arrived by then varies with the machine's load.
  later: Bytes
  // Every script among all of those: what the first-load budget (npm run size) counts.
  scripts: Bytes
}

// Every response the page receives until the network is quiet, as bodies and as gzip at level
// 9. Bodies rather than bytes on the wire, because the preview server's streamed compression
// makes those vary from run to run.
export async function bytesToOpen(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies = new Map<string, Promise<Buffer>>()
  page.on('requestfinished', (request) => {
    bodies.set(
      request.url(),
      request
        .response()
        .then((response) => (response ? response.body() : Buffer.alloc(0)))
        // A response still arriving when the page is closed is not counted, and not an error.
        .catch(() => Buffer.alloc(0)),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const responses = await Promise.all(
    [...bodies].map(async ([address, body]) => ({ address, body: await body })),
  )
  await context.close()
  const html = responses.find(({ address }) => address === url)?.body.toString('utf8') ?? ''
  const named = (address: string) =>
    address === url || html.includes(`"${new URL(address).pathname}"`)
  const sum = (items: { body: Buffer }[]): Bytes => ({
    requests: items.length,
    raw: items.reduce((total, { body }) => total + body.length, 0),
    gzip: items.reduce((total, { body }) => total + gzipSync(body, { level: 9 }).length, 0),
  })
  return {
    firstLoad: sum(responses.filter(({ address }) => named(address))),
    later: sum(responses.filter(({ address }) => !named(address))),
    scripts: sum(responses.filter(({ address }) => new URL(address).pathname.endsWith('.js'))),
  }
}
