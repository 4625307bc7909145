import { expect, test } from 'vitest'
import { articleDraft } from '../article-draft-fixture.ts'
import { countWords } from './count-words.ts'

const text = (words: string) => [{ type: 'text' as const, text: words }]
const paragraphs = (words: string) => ({
  checked: null,
  blocks: [{ type: 'paragraph' as const, id: 'p-9', children: text(words) }],
})

test('counts the words of every block and of the section headings', () => {
  const { draft } = countWords(
    articleDraft({
      opening: [{ type: 'paragraph', id: 'p-1', children: text('Opening words here.') }],
      sections: [
        {
          id: 'what-comes-next',
          title: 'What comes next',
          blocks: [
            {
              type: 'list',
              ordered: false,
              start: null,
              items: [paragraphs('one'), paragraphs('two')],
            },
            { type: 'quote', blocks: paragraphs('a quote').blocks, attribution: null },
            { type: 'code', text: 'let x' },
            { type: 'subheading', children: text('Aside') },
          ],
        },
      ],
    }),
  )
  expect(draft.wordCount).toBe(3 + 3 + 2 + 2 + 2 + 1)
})
