import type { Picture } from '../articles/picture-schema.ts'

// What the image step made of a source image: its files, or what is wrong with it.
export type ImageOutcome = { picture: Omit<Picture, 'alt'> } | { problem: string }
