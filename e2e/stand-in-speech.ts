import type { Page } from '@playwright/test'

// Headless Chromium has no voices, so the speech engine is a stand-in: it records what it is
// asked to say and starts each utterance at once; the test says when one ends.
export async function standInSpeech(page: Page, voiceLang: string) {
  await page.addInitScript((lang) => {
    type Utterance = {
      text: string
      lang: string
      rate: number
      onstart?: () => void
      onend?: () => void
    }
    const said: { text: string; rate: number }[] = []
    let current: Utterance | null = null
    let cancels = 0
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => [
        { lang, name: 'Stand-in', default: true, localService: true, voiceURI: 'stand-in' },
      ],
      speak(utterance: Utterance) {
        current = utterance
        said.push({ text: utterance.text, rate: utterance.rate })
        setTimeout(() => utterance.onstart?.(), 0)
      },
      cancel() {
        if (current) cancels += 1
        const cancelled = current
        current = null
        cancelled?.onend?.()
      },
      pause() {},
      resume() {},
    })
    Object.defineProperty(window, 'speechSynthesis', { value: synth })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        text: string
        lang = ''
        rate = 1
        voice: unknown = null
        constructor(text: string) {
          this.text = text
        }
      },
    })
    Reflect.set(window, 'ledeSpeech', {
      said: () => said,
      cancels: () => cancels,
      finish() {
        const finished = current
        current = null
        finished?.onend?.()
      },
    })
  }, voiceLang)
}

export const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('lede-listen')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })

export const lastSaid = (page: Page) =>
  page.evaluate(() => {
    const speech: unknown = Reflect.get(window, 'ledeSpeech')
    const said = Reflect.get(speech as object, 'said') as () => { text: string; rate: number }[]
    return said().at(-1) ?? null
  })
