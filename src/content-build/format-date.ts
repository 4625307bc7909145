// The date as a reader sees it, written once by the content build: making a date formatter
// costs a browser tens of milliseconds on a phone, so the reader never does. In UTC, so the day
// is the same wherever the build runs. Plain English means Lede's house English, which writes
// 26 November 2026. A date written with a time and an offset (2026-11-19T23:30:00-05:00) is
// the day the author wrote, not the day it already is in UTC.
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso.slice(0, 10))
  if (Number.isNaN(date.getTime())) return iso
  return formatterFor(lang).format(date)
}

// Making a formatter costs far more than using one, and a build formats thousands of dates, so
// there is one per language.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(lang: string): Intl.DateTimeFormat {
  let formatter = formatters.get(lang)
  if (!formatter) {
    try {
      const locale = lang === 'en' ? 'en-GB' : lang
      formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    } catch {
      formatter = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })
    }
    formatters.set(lang, formatter)
  }
  return formatter
}
