import { expect, test } from 'vitest'
import { imageFiles } from './image-files.ts'

test('the lead image and every figure, in every format and width, each once', () => {
  const picture = (name: string) => ({
    src: `/images/${name}-800.png`,
    avif: [{ src: `/images/${name}-480.avif` }, { src: `/images/${name}-800.avif` }],
    webp: [{ src: `/images/${name}-480.webp` }],
    fallback: [{ src: `/images/${name}-800.png` }],
  })
  const article = {
    image: { picture: picture('lead') },
    sections: [
      {
        blocks: [
          { type: 'list', items: [{ blocks: [{ type: 'figure', picture: picture('map') }] }] },
        ],
      },
    ],
  }
  expect(imageFiles(article).sort()).toEqual(
    [
      '/images/lead-480.avif',
      '/images/lead-480.webp',
      '/images/lead-800.avif',
      '/images/lead-800.png',
      '/images/map-480.avif',
      '/images/map-480.webp',
      '/images/map-800.avif',
      '/images/map-800.png',
    ].sort(),
  )
})

test('text that merely mentions an image path, or a path elsewhere, is not a file', () => {
  expect(
    imageFiles({ text: 'see /images/lead.png above', href: '/articles/x', src: '/images/../x' }),
  ).toEqual([])
})
