import type { ImageOutcome } from './image-outcome.ts'

// What the image step makes of content/images/heron.jpg, for the tests of steps that attach it.
const files = (ext: string) => [{ src: `/images/heron-abc-800.${ext}`, width: 800 }]
export const madeHeron = {
  picture: {
    src: '/images/heron-abc-800.jpg',
    width: 800,
    height: 600,
    type: 'image/jpeg',
    avif: files('avif'),
    webp: files('webp'),
    fallback: files('jpg'),
  },
} satisfies ImageOutcome
