import { writeStored } from '../lib/stored.ts'

// The reader's display choices. Each is stored as `lede:<name>` and shown as `data-<name>` on
// <html>, where the CSS picks it up; src/boot.ts applies them before the first paint.
// The first option of each is the default, which sets no attribute.
export const readingPreferences = [
  {
    name: 'theme',
    legend: 'Theme',
    options: [
      { value: 'system', label: 'Same as the system' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
    ],
  },
  {
    name: 'text-size',
    legend: 'Text size',
    options: [
      { value: 'medium', label: 'Medium' },
      { value: 'small', label: 'Small' },
      { value: 'large', label: 'Large' },
      { value: 'largest', label: 'Largest' },
    ],
  },
  {
    name: 'line-width',
    legend: 'Line width',
    options: [
      { value: 'medium', label: 'Medium' },
      { value: 'narrow', label: 'Narrow' },
      { value: 'wide', label: 'Wide' },
    ],
  },
  {
    name: 'font',
    legend: 'Font',
    options: [
      { value: 'standard', label: 'Standard' },
      { value: 'legible', label: 'Atkinson Hyperlegible (easier to tell letters apart)' },
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
