// Dates are shown in UTC so the server-rendered page and the browser agree on the day.
// Plain English means Lede's house English, which writes 26 November 2026.
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatterFor(lang).format(date)
}

// Making a formatter costs far more than using one, and the prerender formats a date on each of
// thousands of pages, so there is one per language.
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
