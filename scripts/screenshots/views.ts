import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

// What each version is pictured at: a phone and a desktop, in both themes, and on paper.
export type View = {
  name: string
  viewport: { width: number; height: number }
  scheme: 'light' | 'dark'
  print?: boolean
}
export const views: View[] = [
  { name: '375-light', viewport: { width: 375, height: 812 }, scheme: 'light' },
  { name: '375-dark', viewport: { width: 375, height: 812 }, scheme: 'dark' },
  { name: '1280-light', viewport: { width: 1280, height: 800 }, scheme: 'light' },
  { name: '1280-dark', viewport: { width: 1280, height: 800 }, scheme: 'dark' },
  { name: 'print', viewport: { width: 794, height: 1123 }, scheme: 'light', print: true },
]

export type Shot = { page: string; view: string; file: string; label: string }
export type PageToShoot = { name: string; path: string }

const ListSchema = z.object({
  articles: z.array(z.object({ slug: z.string(), lang: z.string() })),
})

// The front page, the newest article, the newest right-to-left one and the not-found page,
// chosen from this checkout's built list so both versions show the same articles.
export async function pagesToShoot(dist: string): Promise<PageToShoot[]> {
  const list = ListSchema.parse(
    JSON.parse(await readFile(path.join(dist, 'data/list/1.json'), 'utf8')),
  )
  const newest = list.articles[0]
  const arabic = list.articles.find((article) => article.lang === 'ar')
  return [
    { name: 'front', path: '/' },
    ...(newest ? [{ name: 'article', path: `/articles/${newest.slug}` }] : []),
    ...(arabic ? [{ name: 'arabic', path: `/articles/${arabic.slug}` }] : []),
    { name: 'not-found', path: '/no-such-page' },
  ]
}
