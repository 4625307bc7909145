// Runs before the first paint, as a plain blocking script (the Content-Security-Policy allows no
// inline ones). It has three jobs.
;(function () {
  // 1. A reader's saved theme and text settings are on <html> before anything is painted: no
  //    flash of the wrong theme, no text jumping size. Kept in step with
  //    src/lib/reading-preferences.ts.
  var choices = {
    theme: ['light', 'dark'],
    'text-size': ['small', 'large', 'largest'],
    'line-width': ['narrow', 'wide'],
    font: ['legible'],
  }
  try {
    for (var name in choices) {
      var value = window.localStorage.getItem('lede:' + name)
      if (value && choices[name].indexOf(value) !== -1) {
        document.documentElement.setAttribute('data-' + name, value)
      }
    }
  } catch {
    // Storage is blocked: the defaults stand.
  }

  // The rest is for the production build, where the page arrives prerendered and readable and
  // the app's script is named in data-app instead of a <script type="module"> tag (see
  // scripts/vite/start-after-paint.ts). The dev server keeps its module tag and sets no data-app.
  var script = document.currentScript
  var app = script && script.getAttribute('data-app')
  if (!app || !/^\/assets\/[\w.-]+\.js$/.test(app)) return

  // 2. The app's script is fetched once the page has painted, so the first paint waits neither
  //    for its download nor for it to run; the app then makes the page interactive.
  var started = false
  function start() {
    if (started) return
    started = true
    // Trusted Types are required for script addresses; this policy vouches for the one above.
    var url = window.trustedTypes
      ? window.trustedTypes
          .createPolicy('lede-boot', {
            createScriptURL: function () {
              return app
            },
          })
          .createScriptURL(app)
      : app
    var element = document.createElement('script')
    element.type = 'module'
    element.src = url
    document.head.appendChild(element)
  }
  try {
    new PerformanceObserver(function (list, observer) {
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
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('lede-root')
    if (!root || !root.firstElementChild) start()
  })
  // A page opened in the background does not paint until it is shown; and should a paint never
  // be reported, the app still starts a little after the page has loaded.
  window.addEventListener('load', function () {
    if (document.visibilityState === 'hidden') start()
    else setTimeout(start, 3000)
  })

  // 3. Until the app has started, the page's buttons do nothing. A click on one (or Enter or Space)
  //    is kept, and given again once the app has taken over the page (src/main.tsx announces
  //    that with 'lede:started'), so an early tap on "Get a summary" is not lost. Links need
  //    no help: before the app starts they load the next page as any link does.
  var early = []
  function keep(event) {
    var target = event.target
    var button = target instanceof Element ? target.closest('button') : null
    if (button && early.length < 5) early.push({ button: button, detail: event.detail })
  }
  document.addEventListener('click', keep, true)
  document.addEventListener(
    'lede:started',
    function () {
      document.removeEventListener('click', keep, true)
      var clicks = early
      early = []
      clicks.forEach(function (click) {
        if (!click.button.isConnected) return
        click.button.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, detail: click.detail }),
        )
      })
    },
    { once: true },
  )
})()
