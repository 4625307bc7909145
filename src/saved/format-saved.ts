// Sizes and times as the Saved page shows them, in the page's language (the site's there).
export function formatBytes(bytes: number, lang: string): string {
  const megabytes = bytes >= 1000 * 1000
  return format(lang, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1000 * 1000) : Math.max(1, Math.round(bytes / 1000)))
}

// null when the stored time cannot be read: the page then says it is unknown.
export function formatSavedAt(iso: string, lang: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  // The site's English is British: day before month.
  const locale = lang === 'en' ? 'en-GB' : lang
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
  } catch {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
      date,
    )
  }
}

function format(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options)
  } catch {
    return new Intl.NumberFormat('en', options)
  }
}
