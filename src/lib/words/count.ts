import type { PluralForms } from './words-schema.ts'

// Rules are made once per language: making them costs more than using them.
const rules = new Map<string, Intl.PluralRules>()

function rulesFor(lang: string): Intl.PluralRules {
  let found = rules.get(lang)
  if (!found) {
    try {
      found = new Intl.PluralRules(lang)
    } catch {
      found = new Intl.PluralRules('en')
    }
    rules.set(lang, found)
  }
  return found
}

// The form a language uses for this count; a language that writes no separate form uses `other`.
export function pluralForm(forms: PluralForms, count: number, lang: string): string {
  return forms[rulesFor(lang).select(count)] ?? forms.other
}

// Puts each `{name}` in its place; a name with no value stays as written, so a gap shows.
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (marker, name: string) => values[name] ?? marker)
}
