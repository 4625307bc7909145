import { wordingKey } from './fold-text.ts'

// The site's own lines in each language the importer reads (en, ar, el, es, fr, de), folded
// as wordingKey folds them. Pages are matched against every language at once: a page's
// furniture is often in a language other than its text.

const PROMPT = [
  'no time to read',
  'get a summary',
  'ليس لديك وقت للقراءة',
  'لا وقت لديك للقراءة',
  'احصل على ملخص',
  'δεν εχετε χρονο για διαβασμα',
  'δεν εχετε χρονο να διαβασετε',
  'δειτε μια περιληψη',
  'λαβετε μια περιληψη',
  'no tienes tiempo para leer',
  'no tiene tiempo para leer',
  'obten un resumen',
  'obtener un resumen',
  'pas le temps de lire',
  'obtenir un resume',
  'keine zeit zum lesen',
  'zusammenfassung anzeigen',
  'zusammenfassung erhalten',
]

const PREVIOUS = [
  'previous article',
  'المقال السابق',
  'προηγουμενο αρθρο',
  'articulo anterior',
  'article precedent',
  'vorheriger artikel',
]

const NEXT = [
  'next article',
  'المقال التالي',
  'επομενο αρθρο',
  'articulo siguiente',
  'siguiente articulo',
  'article suivant',
  'nachster artikel',
]

// Lines that are the site's, not the article's, wherever they stand.
const FURNITURE = [
  'advertisement',
  'advert',
  'sponsored',
  'sponsored content',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this page',
  'share on facebook',
  'share on twitter',
  'share on x',
  'copy link',
  'print',
  'listen to this article',
  'sign up for our newsletter',
  'subscribe to our newsletter',
  'most read',
  'related articles',
  'related stories',
  'more on this story',
  'إعلان',
  'اعلان',
  'شارك',
  'شارك المقال',
  'شارك هذا المقال',
  'مشاركة',
  'διαφημιση',
  'κοινοποιηση',
  'μοιραστειτε',
  'μοιραστειτε το αρθρο',
  'publicidad',
  'anuncio',
  'compartir',
  'compartir este articulo',
  'comparte este articulo',
  'publicite',
  'partager',
  'partager cet article',
  'anzeige',
  'werbung',
  'teilen',
  'artikel teilen',
  'diesen artikel teilen',
]

// "Read more: <another article>" and its kin: the phrase, then a colon or an arrow.
const READ_MORE = [
  'read more',
  'read also',
  'see also',
  'related',
  'اقرأ أيضا',
  'اقرا ايضا',
  'اقرأ المزيد',
  'اقرا المزيد',
  'διαβαστε επισης',
  'διαβαστε ακομη',
  'lee tambien',
  'lea tambien',
  'leer mas',
  'lire aussi',
  'a lire aussi',
  'lire la suite',
  'lesen sie auch',
  'mehr zum thema',
  'auch interessant',
].map((phrase) => wordingKey(phrase))

const promptKeys = new Set(PROMPT.map((line) => wordingKey(line)))
const previousKeys = new Set(PREVIOUS.map((line) => wordingKey(line)))
const nextKeys = new Set(NEXT.map((line) => wordingKey(line)))
const furnitureKeys = new Set(FURNITURE.map((line) => wordingKey(line)))

export function isPromptLine(line: string): boolean {
  return promptKeys.has(wordingKey(line))
}

export function trailerMarker(line: string): 'previous' | 'next' | undefined {
  const key = wordingKey(line)
  if (previousKeys.has(key)) return 'previous'
  if (nextKeys.has(key)) return 'next'
  return undefined
}

export function isFurniture(line: string): boolean {
  const key = wordingKey(line)
  if (furnitureKeys.has(key) || READ_MORE.includes(key)) return true
  const folded = wordingKey(line.split(/[:›»]|\s[-–—]\s/)[0] ?? '')
  return folded !== key && READ_MORE.includes(folded) && /[:›»]|\s[-–—]\s/.test(line)
}
