import { z } from 'zod/mini'
import { english } from './english.ts'
import { englishTools } from './english-tools.ts'

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

type Catalogue<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? string : PluralForms
}

// Every string of the reader's chrome, in one language. `{name}` marks a value put in at its
// place, so each language orders its own sentence.
export type Words = Catalogue<typeof english>

type Shape<Source> = {
  [Key in keyof Source]: Source[Key] extends string ? z.ZodMiniString : typeof PluralFormsSchema
}

// The shape is read off the English catalogue, so a key added there is checked everywhere and
// the schema costs the first load a few bytes, not a second list of every key.
const shapeOf = <Source extends object>(source: Source) =>
  Object.fromEntries(
    Object.entries(source).map(([key, value]) => [
      key,
      typeof value === 'string' ? z.string() : PluralFormsSchema,
    ]),
  ) as Shape<Source>

// The words of saving, offline reading, new editions, Listen and Share (english-tools.ts).
export type ToolWords = Catalogue<typeof englishTools>
// A language's whole catalogue: what the content build puts into an article's data.
export type LanguageWords = Words & ToolWords
// What an article's data carries: English, whose tool words are the app's, has none of them.
export type ArticleWords = Words & Partial<ToolWords>
export const ToolWordsSchema = z.object(shapeOf(englishTools))

// An article's data may come without the tool words (English ones, whose words are the app's,
// or data kept from an edition before them): the parts that use them fill in the site's.
export const WordsSchema = z.object({ ...shapeOf(english), ...z.partial(ToolWordsSchema).shape })
