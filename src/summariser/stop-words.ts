import * as lists from 'stopword'

// stopword names its lists by ISO 639-3 code; articles carry BCP 47 tags, mostly ISO 639-1.
const LISTS: Record<string, readonly string[]> = {
  af: lists.afr,
  ar: lists.ara,
  bg: lists.bul,
  bn: lists.ben,
  ca: lists.cat,
  cs: lists.ces,
  da: lists.dan,
  de: lists.deu,
  el: lists.ell,
  en: lists.eng,
  es: lists.spa,
  et: lists.est,
  eu: lists.eus,
  fa: lists.fas,
  fi: lists.fin,
  fr: lists.fra,
  ga: lists.gle,
  gl: lists.glg,
  he: lists.heb,
  hi: lists.hin,
  hr: lists.hrv,
  hu: lists.hun,
  hy: lists.hye,
  id: lists.ind,
  it: lists.ita,
  ja: lists.jpn,
  ko: lists.kor,
  la: lists.lat,
  lt: lists.lit,
  lv: lists.lav,
  ms: lists.msa,
  nb: lists.nob,
  nl: lists.nld,
  no: lists.nob,
  pl: lists.pol,
  pt: lists.por,
  'pt-br': lists.porBr,
  ro: lists.ron,
  ru: lists.rus,
  sk: lists.slk,
  sl: lists.slv,
  sv: lists.swe,
  sw: lists.swa,
  th: lists.tha,
  tr: lists.tur,
  uk: lists.ukr,
  ur: lists.urd,
  vi: lists.vie,
  zh: lists.zho,
}

const cache = new Map<string, ReadonlySet<string>>()

/** The stop words for a BCP 47 language tag; an empty set for a language without a list. */
export function stopWordsFor(lang: string): ReadonlySet<string> {
  const tag = lang.trim().toLowerCase()
  const cached = cache.get(tag)
  if (cached) return cached
  const [primary = ''] = tag.split('-')
  const region = tag.split('-').find((part, index) => index > 0 && part.length === 2)
  const list = LISTS[region ? `${primary}-${region}` : primary] ?? LISTS[primary] ?? []
  const words: ReadonlySet<string> = new Set(list.map((word) => word.toLowerCase()))
  cache.set(tag, words)
  return words
}
