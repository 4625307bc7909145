import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { fill } from '../lib/words/count.ts'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import { highlightSentence, keepInView } from './highlight-sentence.ts'
import { sentenceRange } from './sentence-range.ts'
import { speech, useHasVoice, voiceFor } from './use-voice.ts'

export type ListenParagraph = { id: string; sentences: number[][] }
type Props = {
  lang: string
  paragraphs: ListenParagraph[]
  // The paragraph as the reader sees it: what is spoken and highlighted is its text.
  paragraphElement: (id: string) => HTMLElement | null
}
type Sentence = { paragraphId: string; start: number; end: number }

const speeds = [0.75, 1, 1.25, 1.5, 2]

// Reads the article aloud a sentence at a time, in its language, highlighting the sentence being
// read. Each sentence is its own utterance, so skipping, pausing and a change of speed are
// exact, and the highlight moves on the speech engine's own start events.
export function ListenPlayer({ lang, paragraphs, paragraphElement }: Props) {
  const { words } = useToolWords()
  const number = useMemo(() => numberFormat(lang), [lang])
  const hasVoice = useHasVoice(lang)
  const sentences = useMemo(() => flatten(paragraphs), [paragraphs])
  const [index, setIndex] = useState(0)
  const [state, setState] = useState<'stopped' | 'playing' | 'paused'>('stopped')
  const [rate, setRate] = useState(1)
  // Each utterance belongs to one run; one cancelled for a skip or a pause ends unheard.
  const run = useRef(0)
  const speedId = useId()

  function speakFrom(at: number, speed = rate) {
    const synth = speech()
    const sentence = sentences[at]
    const voice = voiceFor(lang)
    run.current += 1
    const mine = run.current
    synth?.cancel()
    if (!synth || !sentence || !voice) {
      setState('stopped')
      setIndex(0)
      return
    }
    const element = paragraphElement(sentence.paragraphId)
    const text = element?.textContent?.slice(sentence.start, sentence.end) ?? ''
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = lang
    utterance.voice = voice
    utterance.rate = speed
    utterance.onstart = () => {
      if (run.current === mine) setIndex(at)
    }
    utterance.onend = () => {
      if (run.current === mine) speakFrom(at + 1, speed)
    }
    setIndex(at)
    setState('playing')
    synth.speak(utterance)
  }

  function pause() {
    run.current += 1
    speech()?.cancel()
    setState('paused')
  }

  // Stops on leaving the article (this player is made anew for each one) or the page.
  useEffect(() => {
    const stop = () => {
      run.current += 1
      speech()?.cancel()
    }
    window.addEventListener('pagehide', stop)
    return () => {
      window.removeEventListener('pagehide', stop)
      stop()
      highlightSentence(null)
    }
  }, [])

  const current = state === 'stopped' ? null : sentences[index]
  useEffect(() => {
    const element = current ? paragraphElement(current.paragraphId) : null
    const range = element && current ? sentenceRange(element, current.start, current.end) : null
    highlightSentence(range)
    if (range) keepInView(range)
  }, [current, paragraphElement])

  if (!hasVoice || !sentences.length) return null
  return (
    <section
      aria-label={words.listen}
      className={
        state === 'stopped'
          ? 'flex flex-wrap items-center gap-2'
          : 'fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-xl flex-wrap items-center gap-2 rounded-lg border border-line bg-page p-3 shadow-lg'
      }
    >
      <button
        type="button"
        className="button"
        onClick={() => (state === 'playing' ? pause() : speakFrom(index))}
      >
        {state === 'playing' ? words.pause : state === 'paused' ? words.listenResume : words.listen}
      </button>
      {state === 'stopped' ? null : (
        <>
          <button
            type="button"
            className="rounded border border-line px-3 py-2"
            disabled={index === 0}
            onClick={() => (state === 'playing' ? speakFrom(index - 1) : setIndex(index - 1))}
          >
            {words.previousSentence}
          </button>
          <button
            type="button"
            className="rounded border border-line px-3 py-2"
            disabled={index >= sentences.length - 1}
            onClick={() => (state === 'playing' ? speakFrom(index + 1) : setIndex(index + 1))}
          >
            {words.nextSentence}
          </button>
          <label htmlFor={speedId} className="text-sm">
            {words.speed}
          </label>
          <select
            id={speedId}
            value={rate}
            className="rounded border border-line bg-page px-2 py-2"
            onChange={(event) => {
              const speed = Number(event.target.value)
              setRate(speed)
              if (state === 'playing') speakFrom(index, speed)
            }}
          >
            {speeds.map((speed) => (
              <option key={speed} value={speed}>
                {`${number.format(speed)}×`}
              </option>
            ))}
          </select>
          <p className="text-sm text-muted">
            {fill(words.sentenceOf, {
              n: number.format(index + 1),
              total: number.format(sentences.length),
            })}
          </p>
        </>
      )}
    </section>
  )
}

function numberFormat(lang: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang)
  } catch {
    return new Intl.NumberFormat('en')
  }
}

function flatten(paragraphs: ListenParagraph[]): Sentence[] {
  return paragraphs.flatMap(({ id, sentences }) =>
    sentences.flatMap(([start, end]) =>
      start === undefined || end === undefined ? [] : [{ paragraphId: id, start, end }],
    ),
  )
}
