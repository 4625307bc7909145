import { useEffect, useRef, type RefObject } from 'react'

// While a popup is open, a press anywhere outside it (and outside its own button, which toggles
// it) closes it, as a click outside closes a menu in any app. Focus is left where the press put it.
export function useOutsidePress(
  active: boolean,
  inside: RefObject<HTMLElement | null>,
  onOutside: () => void,
): void {
  const handler = useRef(onOutside)
  useEffect(() => {
    handler.current = onOutside
  })
  useEffect(() => {
    if (!active) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target
      if (target instanceof Node && !inside.current?.contains(target)) handler.current()
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [active, inside])
}
