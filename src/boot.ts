import { disclosureAttribute, summaryStorageKey } from './articles/disclosure.ts'
import { applyChoice, currentChoice, readingPreferences } from './settings/reading-preferences.ts'

// Runs before the first paint, as a plain blocking script (the Content-Security-Policy allows no
// inline ones), bundled on its own into /boot.js (scripts/vite/boot-script.ts). It has four jobs.
// It also marks <html> as having scripts: a page read with none shows what its disclosures
// hide (src/styles.css), since no button could open them.
document.documentElement.setAttribute('data-script', '')

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
  answerDisclosures()
  answerSettings()
}

type TrustedTypes = {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => { createScriptURL: (url: string) => unknown }
}

// 2. The app's script runs once the page has painted, so the first paint never waits for it. Its
//    download started with the page, at low priority (a modulepreload the build writes beside
//    this script's tag), so by the paint it is usually here and compiled, and the app then
//    makes the page interactive at once.
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

// 3. Until the app has started, the page's disclosures (the summary, the phone's contents) work
//    on their own: a click flips the button's aria-expanded, from which the stylesheet shows or
//    hides what it controls, and the app takes over the state it finds
//    (src/articles/disclosure.ts). A reader
//    who likes the summary open gets it open as the page is parsed, before it is painted.
function answerDisclosures(): void {
  const selector = `button[${disclosureAttribute}][aria-controls]`
  const show = (button: Element, open: boolean) =>
    button.setAttribute('aria-expanded', String(open))
  const answer = (event: MouseEvent) => {
    const target = event.target
    const button = target instanceof Element ? target.closest(selector) : null
    if (!button) return
    const open = button.getAttribute('aria-expanded') !== 'true'
    show(button, open)
    const key = button.getAttribute(disclosureAttribute)
    try {
      if (key) window.localStorage.setItem(key, open ? '1' : '0')
    } catch {
      // Storage is blocked: the choice holds for this page.
    }
  }
  document.addEventListener('click', answer)
  let likesOpen = false
  try {
    likesOpen = window.localStorage.getItem(summaryStorageKey) === '1'
  } catch {
    // Storage is blocked: the summary starts closed.
  }
  // The parser adds the page a piece at a time; this runs after each piece, before any paint.
  const opener = new MutationObserver(() => {
    const button = document.querySelector(`button[${disclosureAttribute}="${summaryStorageKey}"]`)
    // Both the button and what it shows must have arrived.
    if (!document.getElementById(button?.getAttribute('aria-controls') ?? '')) return
    opener.disconnect()
    if (button) show(button, true)
  })
  if (likesOpen) opener.observe(document, { childList: true, subtree: true })
  document.addEventListener('DOMContentLoaded', () => opener.disconnect())
  document.addEventListener(
    'lede:started',
    () => {
      document.removeEventListener('click', answer)
      opener.disconnect()
    },
    { once: true },
  )
}

// 4. Until the app has started, a choice made in the reading settings (the browser opens and
//    closes them: src/settings/reading-settings-menu.tsx) is applied and kept here, and the
//    choices they show are the reader's own rather than the defaults the server wrote.
function answerSettings(): void {
  const choose = (event: Event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return
    const preference = readingPreferences.find(({ name }) => input.name === `lede-${name}`)
    if (preference) applyChoice(preference, input.value)
  }
  document.addEventListener('change', choose)
  document.addEventListener('DOMContentLoaded', () => {
    for (const preference of readingPreferences) {
      const chosen = currentChoice(preference)
      for (const radio of document.getElementsByName(`lede-${preference.name}`)) {
        if (radio instanceof HTMLInputElement) radio.checked = radio.value === chosen
      }
    }
  })
  document.addEventListener('lede:started', () => document.removeEventListener('change', choose), {
    once: true,
  })
}
