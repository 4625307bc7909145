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
