import type { z } from 'zod/mini'
import { readStored, writeStored } from '../lib/stored.ts'

export type StoredList<T> = {
  read: () => T[]
  write: (list: T[]) => void
  subscribe: (callback: () => void) => () => void
}

// A list kept in this browser's storage, checked against its schema when read (another version
// of Lede, or the reader, may have left anything there). Reading returns the same array until
// the stored text changes, so React can subscribe to it; other tabs' changes arrive as events.
export function storedList<T>(key: string, schema: z.ZodMiniType<T[]>): StoredList<T> {
  const changes = new EventTarget()
  let lastText: string | null = null
  let last: T[] = []
  const read = () => {
    const text = readStored(key)
    if (text === lastText) return last
    lastText = text
    try {
      const parsed = schema.safeParse(JSON.parse(text ?? '[]'))
      last = parsed.success ? parsed.data : []
    } catch {
      last = []
    }
    return last
  }
  return {
    read,
    write(list) {
      writeStored(key, list.length ? JSON.stringify(list) : null)
      changes.dispatchEvent(new Event('change'))
    },
    subscribe(callback) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) callback()
      }
      changes.addEventListener('change', callback)
      window.addEventListener('storage', onStorage)
      return () => {
        changes.removeEventListener('change', callback)
        window.removeEventListener('storage', onStorage)
      }
    },
  }
}
