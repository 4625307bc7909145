// The made-up words of the generated corpus, and how often each is used. Natural text follows
// Zipf's law: the word of rank r turns up about 1/r as often as the commonest, so a few short
// words are in every article and most words are in few, and shorter words are the commoner
// (Zipf's law of abbreviation). A search index is sized by that spread, so the corpus keeps it.

const onsets = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'br',
  'st',
  'tr',
]
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou']
const codas = ['', '', 'n', 'r', 's', 'l', 'th', 'nd']

/** `size` distinct words of one to three syllables, shorter ones first on the whole. */
export function makeVocabulary(random: () => number, size: number): string[] {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T
  const words = new Set<string>()
  while (words.size < size) {
    const syllables = 1 + Math.floor(random() * 3)
    let word = ''
    for (let index = 0; index < syllables; index++) word += pick(onsets) + pick(vowels)
    words.add(word + pick(codas))
  }
  // Each word gets a jitter of up to three letters, so the law holds on the whole, as in real
  // text, not word by word.
  const keyed = [...words].map((word) => ({ word, key: word.length + 3 * random() }))
  return keyed.sort((a, b) => a.key - b.key).map(({ word }) => word)
}

// Zipf–Mandelbrot weights, 1 / (rank + 2.7): the fit usually quoted for English text.
const SHIFT = 2.7

/** Draws words by rank with Zipf–Mandelbrot weights from a uniform number in [0, 1). */
export function zipfPicker(words: readonly string[]): (uniform: number) => string {
  const cumulative: number[] = []
  let total = 0
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / (rank + SHIFT)
    cumulative.push(total)
  }
  return (uniform) => {
    const target = uniform * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? total) > target) high = middle
      else low = middle + 1
    }
    return words[low] ?? ''
  }
}
