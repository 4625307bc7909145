import { useEffect, useRef, type ReactNode } from 'react'
import { useNavigationState } from './navigation-context.tsx'

type Props = { children: ReactNode; announcement: string; className?: string }

// After a client-side navigation the reader's focus is still on the link they followed, which
// has just gone. Moving it to the new headline tells screen reader users where they are.
export function PageHeading({ children, announcement, className }: Props) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { hasNavigated, announce } = useNavigationState()
  useEffect(() => {
    if (!hasNavigated) return
    ref.current?.focus({ preventScroll: true })
    announce(announcement)
  }, [hasNavigated, announce, announcement])
  return (
    <h1 ref={ref} tabIndex={-1} className={`outline-none ${className ?? ''}`}>
      {children}
    </h1>
  )
}
