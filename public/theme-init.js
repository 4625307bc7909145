// Runs before the first paint (a plain blocking script, as the Content-Security-Policy allows no
// inline ones), so a reader's saved theme and text settings are there from the start: no flash
// of the wrong theme, no text jumping size. Kept in step with src/lib/reading-preferences.ts.
;(function () {
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
})()
