import { expect, test } from 'vitest'
import { articleDraft } from '../article-draft-fixture.ts'
import { summariseWith } from './summarise-article.ts'

const text = (words: string) => [{ type: 'text' as const, text: words }]

test('the summariser is given the paragraphs, numbered by section (0 is the opening)', () => {
  const step = summariseWith(({ title, lang, paragraphs }) => {
    expect({ title, lang, paragraphs }).toEqual({
      title: 'Harbour',
      lang: 'en',
      paragraphs: [
        { id: 'p-1', text: 'Opening.', section: 0 },
        { id: 'p-2', text: 'Later.', section: 1 },
      ],
    })
    return [{ text: 'A point.', paragraphId: 'p-1' }]
  })
  const { draft } = step(
    articleDraft({
      title: 'Harbour',
      opening: [{ type: 'paragraph', id: 'p-1', children: text('Opening.') }],
      sections: [
        {
          id: 'later-on',
          title: 'Later on',
          blocks: [
            { type: 'code', text: 'not a paragraph' },
            { type: 'paragraph', id: 'p-2', children: text('Later.') },
          ],
        },
      ],
    }),
  )
  expect(draft.summary).toEqual({
    source: 'generated',
    points: [{ text: 'A point.', paragraphId: 'p-1' }],
  })
})

test('an editor summary is kept and the summariser is not asked', () => {
  const summary = { source: 'editor' as const, points: [{ text: 'Mine.', paragraphId: null }] }
  const step = summariseWith(() => {
    throw new Error('the summariser must not run')
  })
  expect(step(articleDraft({ summary })).draft.summary).toEqual(summary)
})
