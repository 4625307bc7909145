import { readByline } from './byline.ts'
import { foldText } from './fold-text.ts'
import { readWrittenDate } from './written-date.ts'

// The lines between a page's headline and its text that say when and by whom: "Published
// 14 March 2025, 09:12 GMT", "By Jane Doe | 12 March 2025", "Updated 15.03.2025 um 10:00 Uhr".
// A line is one of these only when nothing is left of it once its date, its byline and the
// words that go with them are taken away; otherwise it is text.
const DATE_WORDS = new Set(
  [
    'published',
    'publish',
    'posted',
    'updated',
    'last',
    'first',
    'modified',
    'on',
    'at',
    'date',
    'publicado',
    'actualizado',
    'el',
    'a',
    'las',
    'la',
    'publie',
    'mis',
    'jour',
    'le',
    'veroffentlicht',
    'aktualisiert',
    'zuletzt',
    'am',
    'um',
    'uhr',
    'stand',
    'δημοσιευθηκε',
    'δημοσιευτηκε',
    'δημοσιευση',
    'ενημερωθηκε',
    'ενημερωση',
    'στις',
    'نشر',
    'في',
    'تاريخ',
    'النشر',
    'اخر',
    'تحديث',
    'gmt',
    'utc',
    'bst',
    'cet',
    'cest',
    'est',
    'edt',
    'pst',
    'pdt',
    'pm',
    'h',
    'hs',
    'hrs',
    ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ...['mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun'],
    ...['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
    ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    ...['δευτερα', 'τριτη', 'τεταρτη', 'πεμπτη', 'παρασκευη', 'σαββατο', 'κυριακη'],
    ...['الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الاحد'],
  ].map((word) => foldText(word)),
)

const SEPARATORS = /\s[|·•–—-]\s|\s\|\s?|\|/u

export type HeadLine = {
  date?: { date: string | null; how: string }
  author?: string
  // True when the line says it is an update rather than the first publication.
  updated: boolean
}

export function readHeadLine(line: string, lang: string): HeadLine | undefined {
  if (line.length > 160) return undefined
  const result: HeadLine = { updated: false }
  for (const part of line.split(SEPARATORS).map((piece) => piece.trim())) {
    if (part === '') continue
    const author = readByline(part)
    if (author !== undefined && result.author === undefined) {
      result.author = author
      continue
    }
    const written = readWrittenDate(part, lang)
    if (written === undefined) return undefined
    const rest = foldText(part)
      .replace(written.matched, ' ')
      .replace(/\d{1,2}[:.h]\d{2}(?::\d{2})?/gu, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '' && !DATE_WORDS.has(word))
    if (rest.length > 0) return undefined
    if (result.date === undefined) {
      result.date = { date: written.date, how: written.how }
      result.updated = /updat|actualiz|mis a jour|aktualisiert|ενημερ|تحديث/u.test(foldText(part))
    }
  }
  return result.date || result.author ? result : undefined
}
