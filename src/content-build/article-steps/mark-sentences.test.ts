import { expect, test } from 'vitest'
import { articleDraft } from '../article-draft-fixture.ts'
import { markSentences } from './mark-sentences.ts'

test('each paragraph gets the offsets of its sentences in its text, across inline parts', () => {
  const { draft } = markSentences(
    articleDraft({
      opening: [
        {
          type: 'paragraph',
          id: 'p-1',
          children: [
            { type: 'text', text: 'Otters are back. ' },
            { type: 'emphasis', children: [{ type: 'text', text: 'Three' }] },
            { type: 'text', text: ' territories were found.' },
          ],
        },
      ],
      sections: [
        {
          id: 'next',
          title: 'Next',
          blocks: [
            { type: 'code', text: 'Not. Split.' },
            { type: 'paragraph', id: 'p-2', children: [{ type: 'text', text: 'One only.' }] },
          ],
        },
      ],
    }),
  )
  const text = 'Otters are back. Three territories were found.'
  const opening = draft.opening[0]
  expect(opening?.type === 'paragraph' ? opening.sentences : null).toEqual([
    [0, 16],
    [17, text.length],
  ])
  expect(draft.sections[0]?.blocks[0]).toEqual({ type: 'code', text: 'Not. Split.' })
  const second = draft.sections[0]?.blocks[1]
  expect(second?.type === 'paragraph' ? second.sentences : null).toEqual([[0, 9]])
})
