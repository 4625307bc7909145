// The languages the importers recognise, named in English for what they report of a guess.
const names: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  el: 'Greek',
  ar: 'Arabic',
}

export const languageName = (lang: string): string => names[lang] ?? lang
