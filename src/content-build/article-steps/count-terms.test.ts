import { expect, test } from 'vitest'
import { articleDraft } from '../article-draft-fixture.ts'
import { decodeTermCounts } from '../term-counts.ts'
import { countTerms } from './count-terms.ts'

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  id: 'p-1',
  children: [{ type: 'text' as const, text }],
})

test('counts the stems of the headline, standfirst, headings and body, without stop words', () => {
  const { draft } = countTerms(
    articleDraft({
      title: 'Trams return',
      standfirst: 'The trams are back.',
      opening: [paragraph('A tram ran at dawn.')],
      sections: [{ id: 'fares', title: 'Fares', blocks: [paragraph('Fares fell for trams.')] }],
    }),
  )
  expect(Object.fromEntries(decodeTermCounts(draft.terms))).toEqual({
    tram: 4,
    return: 1,
    back: 1,
    ran: 1,
    dawn: 1,
    fare: 2,
    fell: 1,
  })
})
