import { useEffect, useState } from 'react'

// The value once it has stopped changing for `ms`: each word a reader types is searched when
// they pause, not at every letter on the way, which would fetch every letter's results.
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
