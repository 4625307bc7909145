import { createContext, useContext } from 'react'

export type NavigationState = {
  // False on the first page a visitor opens; true after any client-side navigation.
  hasNavigated: boolean
  announce: (message: string) => void
}

export const NavigationContext = createContext<NavigationState>({
  hasNavigated: false,
  announce: () => {},
})

export const useNavigationState = () => useContext(NavigationContext)
