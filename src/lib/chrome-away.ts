// Whether the sticky chrome (the header and, on narrow screens, the contents bar) should step
// out of the way. Reading down hides it, once the page has moved past it; any clear move back up
// brings it back, as does the top of the page. Small moves (a finger resting, the bounce at the
// end of a page) change nothing.
export const CHROME_SLACK_PX = 8

export type ChromeState = { away: boolean; anchorY: number }

export function nextChromeState(
  state: ChromeState,
  scrollY: number,
  chromeHeight: number,
): ChromeState {
  if (scrollY <= chromeHeight) return { away: false, anchorY: scrollY }
  const moved = scrollY - state.anchorY
  if (!state.away && moved > CHROME_SLACK_PX) return { away: true, anchorY: scrollY }
  if (state.away && moved < -CHROME_SLACK_PX) return { away: false, anchorY: scrollY }
  // Keep the anchor at the furthest point in the current direction, so a move back is measured
  // from where the reader turned.
  const further = state.away ? scrollY > state.anchorY : scrollY < state.anchorY
  return further ? { away: state.away, anchorY: scrollY } : state
}
