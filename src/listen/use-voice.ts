import { useSyncExternalStore } from 'react'

// Whether the browser has a voice for a language (headless browsers, and many systems for many
// languages, have none: Listen is then not offered at all). Voices often arrive a moment after
// the page, announced by 'voiceschanged'. A yes or no is the snapshot, as browsers may hand out
// new voice objects on every call.
export function useHasVoice(lang: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => voiceFor(lang) !== null,
    () => false,
  )
}

function subscribe(callback: () => void): () => void {
  const synth = speech()
  synth?.addEventListener?.('voiceschanged', callback)
  return () => synth?.removeEventListener?.('voiceschanged', callback)
}

export function speech(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null
}

// The same language and region first, then the language in any region; the system's default
// among equals.
export function voiceFor(lang: string): SpeechSynthesisVoice | null {
  const voices = speech()?.getVoices() ?? []
  const wanted = lang.toLowerCase()
  const base = wanted.split('-')[0] ?? wanted
  const sameBase = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base)
  const exact = sameBase.filter((voice) => voice.lang.toLowerCase().replace('_', '-') === wanted)
  const pool = exact.length ? exact : sameBase
  return pool.find((voice) => voice.default) ?? pool[0] ?? null
}
