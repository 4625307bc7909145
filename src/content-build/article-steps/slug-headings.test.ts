import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { slugHeadings } from './slug-headings.ts'

test('each section gets an id from its heading, repeats numbered in order', () => {
  const { draft } = slugHeadings({
    ...startDraft({ file: 'a.md', text: '' }),
    rawSections: ['What comes next', 'What comes next', 'Why'].map((title) => ({
      title,
      line: 1,
      blocks: [],
    })),
  })
  expect(draft.sections.map((section) => section.id)).toEqual([
    'what-comes-next',
    'what-comes-next-2',
    'why-section',
  ])
})

test('subheadings get ids too, after the sections, so a section id never changes', () => {
  const { draft } = slugHeadings({
    ...startDraft({ file: 'a.md', text: '' }),
    opening: [{ type: 'subheading', level: 3, children: [{ type: 'text', text: 'Later on' }] }],
    rawSections: [
      {
        title: 'Later on',
        line: 1,
        blocks: [
          {
            type: 'quote',
            attribution: null,
            blocks: [{ type: 'subheading', level: 4, children: [{ type: 'text', text: 'Fn 1' }] }],
          },
        ],
      },
    ],
  })
  expect(draft.sections[0]?.id).toBe('later-on')
  expect(draft.opening[0]).toMatchObject({ id: 'later-on-2' })
  expect(draft.sections[0]?.blocks[0]).toMatchObject({ blocks: [{ id: 'section-fn-1' }] })
})
