// Sizes and times as the Saved page shows them, in Lede's own language (its controls are English).
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`
  return `${(bytes / (1000 * 1000)).toFixed(1)} MB`
}

const savedTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

export function formatSavedAt(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? 'at an unknown time' : savedTime.format(date)
}
