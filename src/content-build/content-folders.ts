import path from 'node:path'
import { defaultCacheDir } from './article-cache.ts'
import type { ImageFolders } from './image-files.ts'

// Where a content build reads and writes: the Markdown, the data it makes, its scratch space,
// its cache, and the images' files and cache.
export type ContentFolders = {
  content: string
  out: string
  scratch: string
  cache?: string
  images?: ImageFolders
}

export const defaultFolders: ContentFolders = {
  content: 'content/articles',
  out: 'public/data',
  scratch: '.content-tmp',
  cache: defaultCacheDir,
}

// Image files go beside the data (public/images for public/data), and their cache beside the
// articles' cache, so a build into another folder never touches the default ones.
export function imageFoldersOf(folders: ContentFolders): ImageFolders {
  return {
    out: path.join(path.dirname(folders.out), 'images'),
    cache: path.join(path.dirname(folders.cache ?? defaultCacheDir), 'lede-images'),
  }
}
