import { useLayoutEffect, type RefObject } from 'react'

// A prerendered disclosure may have been opened or closed before the app arrived (src/boot.ts
// answers its button until then): what the reader sees is the state the app starts from.
export function useStateFoundInPage(
  button: RefObject<HTMLButtonElement | null>,
  setOpen: (open: boolean) => void,
): void {
  useLayoutEffect(() => {
    setOpen(button.current?.getAttribute('aria-expanded') === 'true')
    // A ref and a state setter never change, so this runs once, on the page as it was found;
    // the app owns the state from then on.
  }, [button, setOpen])
}
