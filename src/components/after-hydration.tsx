import type { ReactNode } from 'react'
import { useHydrated } from '../lib/use-hydrated.ts'

// Its children appear only once the page has hydrated, never on the server. It is a component of
// its own because switching on re-renders the component that asked, at once and in one go: here
// that is this and its children, not a whole article or list around them.
export function AfterHydration({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null
}
