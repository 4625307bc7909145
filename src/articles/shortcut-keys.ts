export type ShortcutAction = 'next' | 'previous' | 'summary' | 'help'

// j and k are the feed readers' keys for the next and previous item; neither needs Shift
// or moves anything in the browser. The reading order is the list's, newest first, so the next
// article is the older one. Each is described by a word of the reader's catalogue.
export const shortcuts: {
  key: string
  action: ShortcutAction
  description: 'shortcutOlder' | 'shortcutNewer' | 'shortcutSummary' | 'shortcutHelp'
}[] = [
  { key: 'j', action: 'next', description: 'shortcutOlder' },
  { key: 'k', action: 'previous', description: 'shortcutNewer' },
  { key: 's', action: 'summary', description: 'shortcutSummary' },
  { key: '?', action: 'help', description: 'shortcutHelp' },
]

type KeyPress = {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  isComposing?: boolean
  target: EventTarget | null
}

export function shortcutFor(event: KeyPress): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null
  if (isTypingTarget(event.target)) return null
  return shortcuts.find((shortcut) => shortcut.key === event.key)?.action ?? null
}

// Letters typed into a field belong to the field.
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (
    target.isContentEditable ||
    target.closest('[contenteditable]:not([contenteditable="false"])')
  )
    return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'reset', 'submit'].includes(
    target.type,
  )
}
