import { expect, test } from 'vitest'
import { articleDraft } from '../article-draft-fixture.ts'
import { balanceTitles } from './balance-bidi.ts'

const RLO = '\u202e'
const PDF = '\u202c'

test('titles, byline, tags, section titles and named neighbours are balanced', () => {
  const { draft } = balanceTitles(
    articleDraft({
      title: `Harbour ${RLO}news`,
      author: `${RLO}Ana`,
      standfirst: null,
      tags: [`${RLO}sea`],
      sections: [{ id: 'a-section', title: `A${RLO}`, blocks: [] }],
      namedNext: { title: `Next${RLO}`, line: 4 },
    }),
  )
  expect(draft.title).toBe(`Harbour ${RLO}news${PDF}`)
  expect(draft.author).toBe(`${RLO}Ana${PDF}`)
  expect(draft.standfirst).toBeNull()
  expect(draft.tags).toEqual([`${RLO}sea${PDF}`])
  expect(draft.sections[0]?.title).toBe(`A${RLO}${PDF}`)
  expect(draft.namedNext).toEqual({ title: `Next${RLO}${PDF}`, line: 4 })
})
