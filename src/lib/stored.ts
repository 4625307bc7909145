// Storage can be full, blocked or missing (private modes, file:// pages); a preference that
// cannot be kept is simply not kept.
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // Nothing to do: the preference lasts for this page only.
  }
}
