// Resolves once the page has loaded and the browser is idle (or a second after load where it
// cannot say): for work no reader is waiting for, which must not compete with the first load.
export const afterIdle = () =>
  new Promise((resolve) => {
    const idle = () =>
      window.requestIdleCallback
        ? window.requestIdleCallback(resolve, { timeout: 5000 })
        : window.setTimeout(resolve, 1000)
    if (document.readyState === 'complete') idle()
    else window.addEventListener('load', idle, { once: true })
  })
