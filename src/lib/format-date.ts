// Dates are shown in UTC so the server-rendered page and the browser agree on the day.
// Plain English means Lede's house English, which writes 26 November 2026.
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  try {
    const locale = lang === 'en' ? 'en-GB' : lang
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  }
}
