import { languageName } from './language-names.ts'

// Which of the languages the importer reads a page is in, and why. Arabic and Greek are told
// by their script: the share of the page's letters that are Arabic or Greek. The Latin-script
// languages are told by their commonest function words, each list keeping only words that
// the other three do not also use often ("de", "la", "que" and "en" are in none).
const FUNCTION_WORDS: Record<string, string[]> = {
  en: 'the and of to is in that it was for with on are this by from have has were which be at an not they their said would will'.split(
    ' ',
  ),
  es: 'el los las del y por para con se su al lo como más pero fue son ha este esta también sus entre cuando muy sobre'.split(
    ' ',
  ),
  fr: 'le les des du et est une qui dans pour pas sur au aux ce cette avec il elle sont ont été mais nous vous leur'.split(
    ' ',
  ),
  de: 'der die das und ist nicht ein eine zu den dem mit von sich auf für im auch wird wurde sind hat bei nach aus noch'.split(
    ' ',
  ),
}

const SCRIPT_SHARE = 0.3
const MIN_WORDS = 3

export type DetectedLanguage = { lang: string; why: string }

export function detectLanguage(text: string): DetectedLanguage {
  const letterList = text.match(/\p{L}/gu) ?? []
  const letters = letterList.length
  for (const [lang, script] of [
    ['ar', /\p{Script=Arabic}/u],
    ['el', /\p{Script=Greek}/u],
  ] as const) {
    const count = letterList.filter((letter) => script.test(letter)).length
    if (letters > 0 && count / letters >= SCRIPT_SHARE) {
      const percent = Math.round((100 * count) / letters)
      return { lang, why: `${percent}% of the letters are in the ${languageName(lang)} script` }
    }
  }

  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  const counts = Object.entries(FUNCTION_WORDS)
    .map(([lang, list]) => {
      const known = new Set(list)
      return { lang, count: words.filter((word) => known.has(word)).length }
    })
    .sort((a, b) => b.count - a.count)
  const [best, second] = counts
  if (!best || best.count < MIN_WORDS || best.count === second?.count) {
    return {
      lang: 'en',
      why: `too few common words to tell (${best?.count ?? 0} found), so English is assumed`,
    }
  }
  const others = counts
    .slice(1)
    .map(({ lang, count }) => `${languageName(lang)} ${count}`)
    .join(', ')
  return {
    lang: best.lang,
    why: `${best.count} of ${words.length} words are common ${languageName(best.lang)} words (${others})`,
  }
}
