// Each history entry remembers how far down the page it was, in its own history.state, so Back
// and Forward return to where the reader was on that entry, not merely on that address.
// (scroll-restoration.ts is what uses it.)
const key = 'ledeScrollY'

export function rememberedScrollY(): number | null {
  const state: unknown = window.history.state
  if (typeof state !== 'object' || state === null) return null
  const value: unknown = Reflect.get(state, key)
  return typeof value === 'number' ? value : null
}

export function rememberScrollY(): void {
  const state: unknown = window.history.state
  const base = typeof state === 'object' && state !== null ? state : {}
  window.history.replaceState({ ...base, [key]: Math.round(window.scrollY) }, '')
}
