import { expect, test } from 'vitest'
import type { Block } from '../../articles/block-schema.ts'
import { articleDraft } from '../article-draft-fixture.ts'
import { unresolvedPicture } from '../image-reference.ts'
import { madeHeron } from '../image-outcome-fixture.ts'
import { startSite } from '../site-draft.ts'
import { attachImages } from './attach-images.ts'

const made = madeHeron
const figure: Block = {
  type: 'figure',
  image: unresolvedPicture('content/images/heron.jpg', 'A heron'),
  caption: null,
  credit: null,
}
const ref = { source: 'content/images/heron.jpg', line: 9, column: 1 }

test('the lead image gets the files made of its source, keeping its alt', () => {
  const draft = articleDraft({
    opening: [figure],
    image: { ...unresolvedPicture('content/images/heron.jpg', ''), caption: null, credit: null },
    imageRefs: [ref, ref],
  })
  const result = attachImages(startSite([draft], [], new Map([[ref.source, made]])))
  expect(result.problems).toEqual([])
  const [attached] = result.draft.drafts
  expect(attached?.image).toMatchObject({ alt: '', src: '/images/heron-abc-800.jpg' })
})

test('an image that could not be made is reported where the article refers to it', () => {
  const draft = articleDraft({ opening: [figure], imageRefs: [ref] })
  const images = new Map([[ref.source, { problem: 'content/images/heron.jpg does not exist' }]])
  const result = attachImages(startSite([draft], [], images))
  expect(result.problems).toEqual([
    {
      file: 'content/articles/harbour.md',
      line: 9,
      column: 1,
      field: 'image',
      message: 'content/images/heron.jpg does not exist',
    },
  ])
})
