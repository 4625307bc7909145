import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

// False on the server and while hydrating, true afterwards: parts that only make sense in a
// browser (and read storage) appear after hydration, so the server's HTML always matches.
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
