// Resolves once the page has loaded and the browser is idle: for work no reader is waiting
// for, which must not compete with the first load.
export function afterIdle(timeout = 5000): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => {
      if (window.requestIdleCallback) window.requestIdleCallback(() => resolve(), { timeout })
      else window.setTimeout(resolve, 1000)
    }
    if (document.readyState === 'complete') whenIdle()
    else window.addEventListener('load', whenIdle, { once: true })
  })
}
