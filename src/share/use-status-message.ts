import { useCallback, useEffect, useRef, useState } from 'react'

// A short message for a status region: cleared first, so saying the same thing twice in a row
// is announced twice, and gone again after a while.
export function useStatusMessage(): [string, (text: string) => void] {
  const [message, setMessage] = useState('')
  const timers = useRef<number[]>([])
  const say = useCallback((text: string) => {
    timers.current.forEach((timer) => window.clearTimeout(timer))
    setMessage('')
    timers.current = [
      window.setTimeout(() => setMessage(text), 50),
      window.setTimeout(() => setMessage(''), 6000),
    ]
  }, [])
  useEffect(() => () => timers.current.forEach((timer) => window.clearTimeout(timer)), [])
  return [message, say]
}
