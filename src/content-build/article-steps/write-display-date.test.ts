import { expect, test } from 'vitest'
import { articleDraft } from '../article-draft-fixture.ts'
import { writeDisplayDate } from './write-display-date.ts'

test('the date is written for the reader in the language of the article', () => {
  expect(writeDisplayDate(articleDraft({ date: '2026-11-20' })).draft.displayDate).toBe(
    '20 November 2026',
  )
  expect(
    writeDisplayDate(articleDraft({ date: '2026-11-20', lang: 'el' })).draft.displayDate,
  ).not.toBe('20 November 2026')
})
