// @vitest-environment node
import { expect, test } from 'vitest'
import { parseRows, referenceSentences, summaryInputFromRow } from './bbc-summary-row.ts'

// Made-up rows in the data set's shape; none of its text is copied here.
const row = {
  id: 'made-up-001',
  title: 'Council opens new bridge',
  category: 'politics',
  text: 'The council opened a bridge on Monday.\n\nIt cost £2m. Work took a year.\n\n\n\nLocals welcomed it.',
  summary: 'The council opened a bridge on Monday.It cost £2m.',
  summary_sentences: ['The council opened a bridge on Monday.', 'It cost £2m.'],
  summary_in_article_order: true,
  duplicate_of: null,
}

test('reads JSON Lines, skipping blank lines and keeping the fields it needs', () => {
  const rows = parseRows(
    `${JSON.stringify(row)}\n\n${JSON.stringify({ ...row, id: 'made-up-002' })}\n`,
  )
  expect(rows.map(({ id }) => id)).toEqual(['made-up-001', 'made-up-002'])
  expect(rows[0]).toEqual({
    id: row.id,
    title: row.title,
    text: row.text,
    summary: row.summary,
    summary_sentences: row.summary_sentences,
  })
})

test('names the line of a bad row', () => {
  expect(() => parseRows(`${JSON.stringify(row)}\n{"id": 3}`)).toThrow(/line 2/)
})

test('makes paragraphs p1, p2... in section 0 from blank-line-separated text', () => {
  expect(summaryInputFromRow({ ...row })).toEqual({
    title: 'Council opens new bridge',
    lang: 'en',
    paragraphs: [
      { id: 'p1', text: 'The council opened a bridge on Monday.', section: 0 },
      { id: 'p2', text: 'It cost £2m. Work took a year.', section: 0 },
      { id: 'p3', text: 'Locals welcomed it.', section: 0 },
    ],
  })
})

test('takes the reference sentences as given, or splits the summary when there are none', () => {
  expect(referenceSentences(row)).toEqual(row.summary_sentences)
  expect(
    referenceSentences({
      ...row,
      summary: 'The bridge opened. It cost £2m.',
      summary_sentences: null,
    }),
  ).toEqual(['The bridge opened.', 'It cost £2m.'])
})
