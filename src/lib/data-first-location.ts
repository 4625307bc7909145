import type { BaseLocationHook } from 'wouter'
import { navigate, useBrowserLocation } from 'wouter/use-browser-location'

type Prepare = (to: string) => Promise<unknown> | null
type Navigate = (to: string, options?: Parameters<typeof navigate>[1]) => void

// React shows a Suspense fallback for at least 300 ms once it has shown it, so a page whose
// data takes 20 ms would still flash a skeleton for a third of a second. Following a link
// waits for the new page's data first (for at most `limitMs`, after which the skeleton is
// the better answer), and only then changes the address.
export function dataFirstNavigate(prepare: Prepare, go: Navigate, limitMs = 400): Navigate {
  let latest = 0
  return (to, options) => {
    const ready = prepare(to)
    if (!ready) return go(to, options)
    const ticket = ++latest
    const limit = new Promise((resolve) => setTimeout(resolve, limitMs))
    void Promise.race([ready.catch(() => undefined), limit]).then(() => {
      // A later click wins over an earlier one that is still waiting.
      if (ticket === latest) go(to, options)
    })
  }
}

export function dataFirstLocation(prepare: Prepare, limitMs?: number): BaseLocationHook {
  const go = dataFirstNavigate(prepare, navigate, limitMs)
  return (router) => [useBrowserLocation(router)[0], go]
}
