import { useSyncExternalStore } from 'react'
import type { StoredList } from './stored-list.ts'

const none: never[] = []

// The list as it is now, and again whenever it changes here or in another tab.
export function useStoredList<T>(list: StoredList<T>): T[] {
  return useSyncExternalStore(list.subscribe, list.read, () => none)
}
