// Resolves once the first load is over: the page has loaded, the browser is idle and nothing has
// arrived over the network for a second; or sooner, at the reader's first scroll, tap or key,
// when they start to read or reach for something. For parts no reader waits for at first
// (saving, listening, sharing, the service worker), which must not add to the scripts the first
// load fetches, nor compete with them.
const QUIET_MS = 1000
const interactions = ['scroll', 'pointerdown', 'keydown', 'touchstart'] as const

let firstLoadOver: Promise<void> | null = null

export function afterFirstLoad(): Promise<void> {
  firstLoadOver ??= new Promise<void>((resolve) => {
    const done = () => {
      for (const type of interactions) window.removeEventListener(type, done)
      resolve()
    }
    for (const type of interactions) {
      window.addEventListener(type, done, { once: true, passive: true })
    }
    whenLoadedAndQuiet(done)
  })
  return firstLoadOver
}

function whenLoadedAndQuiet(then: () => void): void {
  const idle = (next: () => void) =>
    window.requestIdleCallback
      ? window.requestIdleCallback(next, { timeout: 5000 })
      : window.setTimeout(next, 1)
  const quiet = () => {
    // The last resource to arrive, by the page's own clock.
    const ends = performance
      .getEntriesByType('resource')
      .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.responseEnd : 0))
    const lastEnd = Math.max(0, ...ends)
    const wait = lastEnd + QUIET_MS - performance.now()
    if (wait <= 0) then()
    else window.setTimeout(() => idle(quiet), wait)
  }
  const start = () => idle(quiet)
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
