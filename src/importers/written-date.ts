import { isIsoDate } from '../content-build/front-matter.ts'
import { foldText } from './fold-text.ts'
import { languageName } from './language-names.ts'

// Dates as pages write them, in the languages the importer reads. Month names are folded as
// foldText folds them (no accents, lowercase), full names and the usual abbreviations; Greek
// has its genitive ("12 Μαρτίου") and nominative forms, Arabic both the Egyptian and Gulf
// names (مارس) and the Levantine ones (آذار).
const MONTHS: Record<string, string[][]> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sept', 'sep'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['fevrier', 'fevr', 'fev'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['decembre', 'dec'],
  ],
  de: [
    ['januar', 'janner', 'jan'],
    ['februar', 'feb'],
    ['marz', 'mar'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  el: [
    ['ιανουαριου', 'ιανουαριος', 'ιαν'],
    ['φεβρουαριου', 'φεβρουαριος', 'φεβ'],
    ['μαρτιου', 'μαρτιος', 'μαρ'],
    ['απριλιου', 'απριλιος', 'απρ'],
    ['μαιου', 'μαιος', 'μαι'],
    ['ιουνιου', 'ιουνιος', 'ιουν'],
    ['ιουλιου', 'ιουλιος', 'ιουλ'],
    ['αυγουστου', 'αυγουστος', 'αυγ'],
    ['σεπτεμβριου', 'σεπτεμβριος', 'σεπ'],
    ['οκτωβριου', 'οκτωβριος', 'οκτ'],
    ['νοεμβριου', 'νοεμβριος', 'νοε'],
    ['δεκεμβριου', 'δεκεμβριος', 'δεκ'],
  ],
  ar: [
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'اذار'],
    ['ابريل', 'ابريل', 'نيسان'],
    ['مايو', 'ايار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['اغسطس', 'اب'],
    ['سبتمبر', 'ايلول'],
    ['اكتوبر', 'تشرين الاول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الاول'],
  ],
}

type MonthName = { name: string; month: number; lang: string }

// Longest first, so "kanun al-thani" is not read as a shorter name, nor "march" as "mar".
const monthNames: MonthName[] = Object.entries(MONTHS)
  .flatMap(([lang, months]) =>
    months.flatMap((names, index) => names.map((name) => ({ name, month: index + 1, lang }))),
  )
  .sort((a, b) => b.name.length - a.name.length)

const monthAlternation = [...new Set(monthNames.map((month) => month.name))].join('|')
// A month name stands alone: not inside a longer word ("mar" in "marine", "mai" in "maintain").
const M = `(?<![\\p{L}])(${monthAlternation})(?![\\p{L}])\\.?`
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|ª|η|\\.)?'
const YEAR = '(\\d{4})'

const FORMS: { pattern: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'numeric'; form: string }[] = [
  { pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, order: 'ymd', form: 'ISO date' },
  {
    pattern: new RegExp(`(?<!\\d)${DAY}\\s*(?:de\\s+)?${M},?\\s*(?:de\\s+|del\\s+)?${YEAR}`, 'u'),
    order: 'dmy',
    form: 'day month year',
  },
  {
    pattern: new RegExp(`${M}\\s+${DAY},?\\s+${YEAR}`, 'u'),
    order: 'mdy',
    form: 'month day, year',
  },
  {
    pattern: /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/u,
    order: 'numeric',
    form: 'numeric date',
  },
]

export type WrittenDate = {
  // YYYY-MM-DD, or null when the words name a day the calendar does not have.
  date: string | null
  // The matched words, as folded, so a caller can see what is left of the line.
  matched: string
  how: string
}

// Reads the first date written in `text`. `lang` breaks the tie of a numeric date such as
// 03/04/2025: month first in English, day first elsewhere (and so said).
export function readWrittenDate(text: string, lang = 'en'): WrittenDate | undefined {
  const folded = foldText(text)
  for (const { pattern, order, form } of FORMS) {
    const match = pattern.exec(folded)
    if (!match) continue
    const [matched, a = '', b = '', c = ''] = match
    let year: number
    let month: number
    let day: number
    let how = form
    if (order === 'ymd') [year, month, day] = [Number(a), Number(b), Number(c)]
    else if (order === 'numeric') {
      const [first, second] = [Number(a), Number(b)]
      const monthFirst = first <= 12 && (second > 12 || (lang === 'en' && second <= 12))
      ;[year, month, day] = monthFirst ? [Number(c), first, second] : [Number(c), second, first]
      how = `${form}, read as ${monthFirst ? 'month/day/year' : 'day/month/year'}`
    } else {
      const [monthWord, dayText] = order === 'dmy' ? [b, a] : [a, b]
      const name = monthNames.find((candidate) => candidate.name === monthWord)
      if (!name) continue
      ;[year, month, day] = [Number(c), name.month, Number(dayText)]
      how = `${form}, ${languageName(name.lang)} month name`
    }
    const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
    return { date: isIsoDate(iso) ? iso : null, matched, how }
  }
  return undefined
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
