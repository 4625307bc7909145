import { writeStored } from '../lib/stored.ts'

// The reader's display choices. Each is stored as `lede:<name>` and shown as `data-<name>` on
// <html>, where the CSS picks it up; src/boot.ts applies them before the first paint.
// The first option of each is the default, which sets no attribute. Legends and labels name
// strings of the reader's words (src/lib/words/), said in the page's language.
export const readingPreferences = [
  {
    name: 'theme',
    legend: 'theme',
    options: [
      { value: 'system', label: 'themeSystem' },
      { value: 'light', label: 'themeLight' },
      { value: 'dark', label: 'themeDark' },
    ],
  },
  {
    name: 'text-size',
    legend: 'textSize',
    options: [
      { value: 'medium', label: 'sizeMedium' },
      { value: 'small', label: 'sizeSmall' },
      { value: 'large', label: 'sizeLarge' },
      { value: 'largest', label: 'sizeLargest' },
    ],
  },
  {
    name: 'line-width',
    legend: 'lineWidth',
    options: [
      { value: 'medium', label: 'widthMedium' },
      { value: 'narrow', label: 'widthNarrow' },
      { value: 'wide', label: 'widthWide' },
    ],
  },
  {
    name: 'font',
    legend: 'font',
    options: [
      { value: 'standard', label: 'fontStandard' },
      { value: 'legible', label: 'fontLegible' },
    ],
  },
] as const

export type ReadingPreference = (typeof readingPreferences)[number]

export function currentChoice(preference: ReadingPreference): string {
  return (
    document.documentElement.getAttribute(`data-${preference.name}`) ?? preference.options[0].value
  )
}

export function applyChoice(preference: ReadingPreference, value: string): void {
  const isDefault = value === preference.options[0].value
  const root = document.documentElement
  if (isDefault) root.removeAttribute(`data-${preference.name}`)
  else root.setAttribute(`data-${preference.name}`, value)
  writeStored(`lede:${preference.name}`, isDefault ? null : value)
}
