import { expect, test } from 'vitest'
import { english } from '../../lib/words/english.ts'
import { articleDraft } from '../article-draft-fixture.ts'
import { writeWords } from './write-words.ts'

test('an article carries the chrome in its own language', () => {
  const { draft } = writeWords(articleDraft({ lang: 'ar', dir: 'rtl' }))
  expect(draft.words.summaryOpen).toBe('احصل على ملخص')
  expect(writeWords(articleDraft({ lang: 'el' })).draft.words.contents).toBe('Περιεχόμενα')
})

test('a language with no catalogue gets the English one', () => {
  expect(writeWords(articleDraft({ lang: 'fi' })).draft.words).toBe(english)
})
