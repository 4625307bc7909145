// "By Jane Doe", "Por María López", "Par Jean Dupont", "Von Hans Müller", "Του Γιώργου
// Παπαδόπουλου", "بقلم أحمد خالد": a byline word, then a name. What follows a comma is the
// writer's role ("By Jane Doe, Health Correspondent") and is not part of the name.
const BYLINE =
  /^(?:(?:written|words|reporting|text|story)\s+by|by|por|par|von|του|της|των|από\s+τ[οηα]ν?|από|بقلم|كتب|كتبت|إعداد)\s*:?\s+(.+)$/iu

// Words that may stand lowercase inside a name or between two names.
const JOINERS = new Set([
  'and',
  'y',
  'e',
  'et',
  'und',
  'και',
  'de',
  'del',
  'la',
  'le',
  'du',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  '&',
])

const MAX_NAME_WORDS = 8

export function readByline(text: string): string | undefined {
  const match = BYLINE.exec(text.trim())
  const name = match?.[1]?.split(/,|\s[|·•–—-]\s/)[0]?.trim()
  if (!name) return undefined
  const words = name.split(/\s+/)
  if (words.length > MAX_NAME_WORDS) return undefined
  const isNameWord = (word: string) =>
    JOINERS.has(word.toLowerCase()) ||
    /^و?\p{Script=Arabic}/u.test(word) ||
    /^[\p{Lu}\p{Lt}]/u.test(word.replace(/^[('"“‘]/u, ''))
  if (!words.every(isNameWord) || JOINERS.has(words[0]?.toLowerCase() ?? '')) return undefined
  return name.replace(/[.;:]+$/u, '')
}
