import type { Page, Request } from '@playwright/test'

export type Transferred = { path: string; bytes: number }
export type Metered = { requests: number; bytes: number; files: Transferred[] }

// Counts what the page transfers (headers and encoded bodies, as Chromium received them) from
// `start()` on, and tells when the network has been quiet for a while.
export function meterNetwork(page: Page) {
  let inFlight = 0
  let lastActivity = performance.now()
  let counting: Metered | null = null
  const pending = new Set<Promise<void>>()
  page.on('request', () => {
    inFlight += 1
    lastActivity = performance.now()
  })
  const settle = (request: Request, finished: boolean) => {
    const measured = counting
    const done = (async () => {
      if (measured && finished) {
        const sizes = await request.sizes()
        measured.requests += 1
        const bytes = sizes.responseHeadersSize + sizes.responseBodySize
        measured.bytes += bytes
        measured.files.push({ path: new URL(request.url()).pathname, bytes })
      }
    })()
      .catch(() => undefined)
      .finally(() => {
        inFlight -= 1
        lastActivity = performance.now()
        pending.delete(done)
      })
    pending.add(done)
  }
  page.on('requestfinished', (request) => settle(request, true))
  page.on('requestfailed', (request) => settle(request, false))

  return {
    start(): void {
      counting = { requests: 0, bytes: 0, files: [] }
    },
    async quiet(forMs = 500, timeoutMs = 30_000): Promise<void> {
      const deadline = performance.now() + timeoutMs
      while (inFlight > 0 || pending.size > 0 || performance.now() - lastActivity < forMs) {
        if (performance.now() > deadline) throw new Error('the network did not go quiet')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    stop(): Metered {
      const measured = counting ?? { requests: 0, bytes: 0, files: [] }
      counting = null
      return measured
    },
  }
}
