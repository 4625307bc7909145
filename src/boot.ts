import { readingPreferences } from './settings/reading-preferences.ts'

// Runs before the first paint, as a plain blocking script (the Content-Security-Policy allows no
// inline ones), bundled on its own into /boot.js (scripts/vite/boot-script.ts). It has three jobs.

// 1. A reader's saved theme and text settings are on <html> before anything is painted: no flash
//    of the wrong theme, no text jumping size. The choices are the settings' own list.
try {
  for (const preference of readingPreferences) {
    const value = window.localStorage.getItem(`lede:${preference.name}`)
    if (value && preference.options.some((option, index) => index > 0 && option.value === value)) {
      document.documentElement.setAttribute(`data-${preference.name}`, value)
    }
  }
} catch {
  // Storage is blocked: the defaults stand.
}

// The rest is for the production build, where the page arrives prerendered and readable and the
// app's script is named in data-app instead of a <script type="module"> tag (see
// scripts/vite/start-after-paint.ts). The dev server keeps its module tag and sets no data-app.
const app = document.currentScript?.getAttribute('data-app')
if (app && /^\/assets\/[\w.-]+\.js$/.test(app)) {
  startAfterPaint(app)
  keepEarlyClicks()
}

type TrustedTypes = {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => { createScriptURL: (url: string) => unknown }
}

// 2. The app's script is fetched once the page has painted, so the first paint waits neither for
//    its download nor for it to run; the app then makes the page interactive.
function startAfterPaint(app: string): void {
  let started = false
  const start = () => {
    if (started) return
    started = true
    // Trusted Types are required for script addresses; this policy vouches for the one above.
    // (TypeScript's DOM types do not know Trusted Types yet, hence Reflect.)
    const trustedTypes: TrustedTypes | undefined = Reflect.get(window, 'trustedTypes')
    const policy = trustedTypes?.createPolicy('lede-boot', { createScriptURL: () => app })
    const element = document.createElement('script')
    element.type = 'module'
    Reflect.set(element, 'src', policy ? policy.createScriptURL(app) : app)
    document.head.appendChild(element)
  }
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect()
        setTimeout(start, 0)
      }
    }).observe({ type: 'paint', buffered: true })
  } catch {
    // No paint timing in this browser: start straight away, as a module tag would have.
    start()
  }
  // A page with nothing prerendered in it has nothing to paint: the app starts as soon as the
  // page is parsed.
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('lede-root')
    if (!root?.firstElementChild) start()
  })
  // A page opened in the background does not paint until it is shown; and should a paint never
  // be reported, the app still starts a little after the page has loaded.
  window.addEventListener('load', () => {
    if (document.visibilityState === 'hidden') start()
    else setTimeout(start, 3000)
  })
}

// 3. Until the app has started, the page's buttons do nothing. A click on one (or Enter or Space)
//    is kept, and given again once the app has taken over the page (src/main.tsx announces that
//    with 'lede:started'), so an early tap on "Get a summary" is not lost. Links need no help:
//    before the app starts they load the next page as any link does.
function keepEarlyClicks(): void {
  let early: { button: Element; detail: number }[] = []
  const keep = (event: MouseEvent) => {
    const target = event.target
    const button = target instanceof Element ? target.closest('button') : null
    if (button && early.length < 5) early.push({ button, detail: event.detail })
  }
  document.addEventListener('click', keep, true)
  document.addEventListener(
    'lede:started',
    () => {
      document.removeEventListener('click', keep, true)
      const clicks = early
      early = []
      for (const click of clicks) {
        if (!click.button.isConnected) continue
        click.button.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, detail: click.detail }),
        )
      }
    },
    { once: true },
  )
}
