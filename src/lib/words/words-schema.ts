import { z } from 'zod/mini'
import { english } from './english.ts'

// The forms of a counted phrase, by Intl.PluralRules category; `other` is always there.
export const PluralFormsSchema = z.object({
  zero: z.optional(z.string()),
  one: z.optional(z.string()),
  two: z.optional(z.string()),
  few: z.optional(z.string()),
  many: z.optional(z.string()),
  other: z.string(),
})
export type PluralForms = z.infer<typeof PluralFormsSchema>

// Every string of the reader's chrome, in one language. `{name}` marks a value put in at its
// place, so each language orders its own sentence.
export type Words = {
  [Key in keyof typeof english]: (typeof english)[Key] extends string ? string : PluralForms
}

// The shape is read off the English catalogue, so a key added there is checked everywhere and
// the schema costs the first load a few bytes, not a second list of every key.
const shape = Object.fromEntries(
  Object.entries(english).map(([key, value]) => [
    key,
    typeof value === 'string' ? z.string() : PluralFormsSchema,
  ]),
) as {
  [Key in keyof Words]: Words[Key] extends string ? z.ZodMiniString : typeof PluralFormsSchema
}

export const WordsSchema = z.object(shape)
