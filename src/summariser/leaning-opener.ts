// A summary point is read away from the sentences around it, so a word that points back at them
// ("However", "He", "The company") leaves the reader asking "what?". These lists are English news
// usage; other languages are not checked (an opener in them is never reported as leaning).

/** Links to the sentence before: the point reads on without them. */
const CONNECTIVES = [
  'and',
  'but',
  'yet',
  'so',
  'or',
  'nor',
  'plus',
  'however',
  'also',
  'still',
  'then',
  'meanwhile',
  'instead',
  'nevertheless',
  'nonetheless',
  'moreover',
  'furthermore',
  'additionally',
  'besides',
  'indeed',
  'thus',
  'therefore',
  'hence',
  'consequently',
  'accordingly',
  'similarly',
  'likewise',
  'otherwise',
  'conversely',
  'alternatively',
  'again',
  'even so',
  'in addition',
  'as a result',
  'as well',
  'on the other hand',
  'in contrast',
  'by contrast',
  'that said',
  'despite this',
  'despite that',
  'because of this',
  'in turn',
  'at the same time',
]

// Words that stand for something named before; "it" also opens "It is thought that...", which
// points at nothing. "We" and "I" are left out: in news they open quotations, whose speaker is
// named in the same sentence.
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them'])
const DEMONSTRATIVES = new Set([
  'this',
  'that',
  'these',
  'those',
  'such',
  'another',
  'both',
  'either',
])
const EXPLETIVE_IT =
  /^it(?:'s|’s| is| was| will be| would be| has been| had been| may be| could be| remains| seems| appears)(?: not)? (?:thought|expected|believed|understood|likely|unlikely|possible|impossible|clear|unclear|hoped|feared|estimated|reported|known|said|claimed|alleged|feared|time|hard|difficult|easy|important|vital|essential|crucial|too|now|still|worth|the first|the second|the third|the latest|the biggest|the largest)\b/

// Nouns that news uses to refer back to someone or something it has already named: "The company
// said..." is only clear to a reader who was told which company.
const REFERRING_NOUNS = new Set(
  (
    'company firm group business bank insurer carrier airline retailer operator chain brand ' +
    'club team side squad band duo trio pair couple star singer actor actress player veteran ' +
    'striker midfielder defender winger goalkeeper keeper coach manager boss chief chairman ' +
    'spokesman spokeswoman spokesperson minister man woman boy girl men women latter ' +
    'same rest others move deal plan decision announcement revelation statement report study ' +
    'survey research poll figures data results result findings lawsuit case film movie show ' +
    'programme series album song single book novel game device product scheme proposal ' +
    'proposals bill measure measures idea change changes problem trend agency body organisation ' +
    'newspaper paper magazine website site service technology system network project offer ' +
    'bid takeover merger agreement contract verdict ruling claim claims comments remarks ' +
    'incident attack'
  ).split(' '),
)

// The same lean at the other end: a quotation given to "he" or "she" ("...," he said.).
const SPEAKER =
  /[,.?!]["”»“]? (?:(he|she|they) (?:said|says|added|adds|told|explained|warned|insisted|argued|claimed|stated|continued|noted|admitted|suggested|believes|believed)|(?:said|says|added|adds) (he|she|they))\b/iu

export type LeaningOpener = {
  kind: 'connective' | 'pronoun' | 'reference' | 'speaker'
  /** The words that lean, as written. */
  words: string
}

const WORDS = /^[\p{L}’'-]+/u
// Connectives by their first word, so a sentence is compared only with those it could open with.
const BY_FIRST_WORD = new Map<string, string[]>()
for (const connective of CONNECTIVES) {
  const first = connective.split(' ')[0] ?? connective
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), connective])
}
// Linking only when a comma follows: "Still, ..." but "Still to come", "So far", "Then-president".
const COMMA_ONLY = new Set(['so', 'still', 'then', 'again', 'as well', 'besides'])
// Prepositions before "of", "to" or "as": "Instead of waiting", "In addition to the fee".
const PREPOSITIONAL = new Set([
  'instead',
  'in addition',
  'as a result',
  'in contrast',
  'by contrast',
])

function connectiveOpener(text: string, lower: string, word: string): LeaningOpener | null {
  for (const connective of BY_FIRST_WORD.get(word) ?? []) {
    if (!lower.startsWith(connective)) continue
    const after = lower.slice(connective.length)
    if (!/^(?:,|\s|$)/.test(after)) continue
    const comma = after.startsWith(',')
    if (COMMA_ONLY.has(connective) && !comma) continue
    if (PREPOSITIONAL.has(connective) && /^ (?:of|to|as|with)\b/.test(after)) continue
    if (!comma && /^ (?:far|much|many|-called|to)\b/.test(after)) continue
    return { kind: 'connective', words: text.slice(0, connective.length) }
  }
  return null
}

/**
 * The words a sentence opens with that lean on a sentence before it, or a quotation it gives to
 * "he" or "she"; null when it stands on its own feet. Quote marks and brackets before the first
 * word are looked through.
 */
export function leaningOpener(sentence: string, lang = 'en'): LeaningOpener | null {
  if (lang !== 'en' && !lang.toLowerCase().startsWith('en-')) return null
  const start = sentence.search(/[\p{L}\p{N}]/u)
  if (start < 0) return null
  const text = sentence.slice(start)
  const lower = text.slice(0, 80).toLowerCase()
  const first = WORDS.exec(text)?.[0] ?? ''
  const word = first.toLowerCase().replace(/['’].*$/u, '')
  const connective = connectiveOpener(text, lower, word)
  if (connective) return connective
  if (PRONOUNS.has(word)) {
    if (word === 'it' && EXPLETIVE_IT.test(lower)) return null
    return { kind: 'pronoun', words: first }
  }
  if (DEMONSTRATIVES.has(word)) return { kind: 'reference', words: first }
  if (word === 'the') {
    // "The star of Day of the Jackal", "the woman behind Mamma Mia!": the words after say who.
    const definite =
      /^the ([\p{L}\p{N}-]+)(?![\p{L}\p{N}-])(?!['’]?s? (?:of|behind|who|which|that|in charge)\b)/u.exec(
        lower,
      )
    const noun = definite?.[1] ?? ''
    if (REFERRING_NOUNS.has(noun) || /^\d+-year-old$|^(?:two|three|four)$/u.test(noun)) {
      return { kind: 'reference', words: text.slice(0, 4 + noun.length) }
    }
  }
  if (!/ (?:he|she|they)\b/iu.test(text)) return null
  const speaker = SPEAKER.exec(text)
  return speaker ? { kind: 'speaker', words: speaker[0].slice(speaker[0].search(/\p{L}/u)) } : null
}
