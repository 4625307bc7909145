import type { Article } from '../articles/article-schema.ts'
import { blockTexts } from './block-text.ts'

// The words an article is about, for similarity: the headline and standfirst, then the body.
export function articleText(
  article: Pick<Article, 'title' | 'standfirst' | 'opening' | 'sections'>,
): string {
  const blocks = [...article.opening, ...article.sections.flatMap((section) => section.blocks)]
  return [
    article.title,
    article.standfirst ?? '',
    ...article.sections.map((section) => section.title),
    ...blocks.flatMap(blockTexts),
  ].join('\n')
}
