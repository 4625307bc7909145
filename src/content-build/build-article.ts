import type { Article, Block } from '../articles/article-schema.ts'
import type { ContentProblem } from './content-problem.ts'
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts'
import { markdownToBlocks, plainText, type ArticleLink } from './markdown-to-blocks.ts'
import { countWords, readingMinutes } from './reading-time.ts'
import { makeSectionIds } from './section-ids.ts'
import { formatDate } from './format-date.ts'
import { isSlug } from './slug.ts'

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024
export const MAX_ARTICLE_BLOCKS = 10_000

export type SourceFile = { file: string; text: string }

export type Summariser = (input: {
  title: string
  lang: string
  paragraphs: { id: string; text: string; section: number }[]
}) => { text: string; paragraphId: string }[]

type NamedNeighbour = { title: string; line: number }

// An article before the collection is known: neighbours and links to other articles are
// settled by `buildCollection`.
export type DraftArticle = Omit<Article, 'previous' | 'next'> & {
  file: string
  namedPrevious: NamedNeighbour | null
  namedNext: NamedNeighbour | null
  articleLinks: ArticleLink[]
}

const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'])

export function slugFromFile(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/, '')
}

export function buildArticle(
  source: SourceFile,
  summarise: Summariser,
): { draft: DraftArticle } | { problems: ContentProblem[]; articleLinks?: ArticleLink[] } {
  const { file, text } = source
  const at = (line: number, field: string, message: string): ContentProblem => ({
    file,
    line,
    column: 1,
    field,
    message,
  })

  const bytes = new TextEncoder().encode(text).length
  if (bytes > MAX_ARTICLE_BYTES) {
    return {
      problems: [at(1, 'size', `the file is ${bytes} bytes; the most an article may be is 2 MB`)],
    }
  }

  const problems: ContentProblem[] = []
  const slug = slugFromFile(file)
  if (!isSlug(slug)) {
    problems.push(at(1, 'file name', 'must be a lowercase slug such as my-article.md'))
  }

  const split = splitFrontMatter(file, text)
  if ('field' in split) return { problems: [...problems, split] }

  const frontMatter = parseFrontMatter(file, split.frontMatter)
  const body = markdownToBlocks(file, split.body, split.bodyLine)
  problems.push(...(Array.isArray(frontMatter) ? frontMatter : []), ...body.problems)

  const blockCount =
    body.opening.length +
    body.sections.reduce((total, section) => total + 1 + section.blocks.length, 0)
  if (blockCount === 0)
    problems.push(at(split.bodyLine, 'body', 'is empty: an article needs some text'))
  if (blockCount > MAX_ARTICLE_BLOCKS) {
    problems.push(
      at(split.bodyLine, 'size', `${blockCount} blocks; the most an article may have is 10,000`),
    )
  }
  // The links go along with the problems, so a link to a missing article is still reported
  // in the same run.
  if (Array.isArray(frontMatter) || problems.length) {
    return { problems, articleLinks: body.articleLinks }
  }

  const ids = makeSectionIds(body.sections.map((section) => section.title))
  const sections = body.sections.map((section, index) => ({
    id: ids[index] ?? `section-${index + 1}`,
    title: section.title,
    blocks: section.blocks,
  }))

  const paragraphs = [body.opening, ...sections.map((section) => section.blocks)].flatMap(
    (blocks, section) =>
      blocks.flatMap((block) =>
        block.type === 'paragraph'
          ? [{ id: block.id, text: plainText(block.children), section }]
          : [],
      ),
  )
  const wordCount = countWords([
    ...[body.opening, ...sections.map((section) => section.blocks)].flatMap((blocks) =>
      blocks.map(blockText),
    ),
    ...sections.map((section) => section.title),
  ])

  const summary = frontMatter.summary.length
    ? {
        source: 'editor' as const,
        points: frontMatter.summary.map((text) => ({ text, paragraphId: null })),
      }
    : {
        source: 'generated' as const,
        points: summarise({ title: frontMatter.title, lang: frontMatter.lang, paragraphs }),
      }

  const neighbourLine = (key: string) =>
    split.frontMatter.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 2 || 1

  return {
    draft: {
      file,
      slug,
      title: frontMatter.title,
      date: frontMatter.date,
      displayDate: formatDate(frontMatter.date, frontMatter.lang),
      standfirst: frontMatter.standfirst,
      author: frontMatter.author,
      lang: frontMatter.lang,
      dir: rtlLanguages.has(frontMatter.lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr',
      tags: frontMatter.tags,
      opening: body.opening,
      sections,
      summary,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      namedPrevious: frontMatter.previous
        ? { title: frontMatter.previous, line: neighbourLine('previous') }
        : null,
      namedNext: frontMatter.next ? { title: frontMatter.next, line: neighbourLine('next') } : null,
      articleLinks: body.articleLinks,
    },
  }
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
      return plainText(block.children)
    case 'quote':
      return block.children.map(plainText).join(' ')
    case 'list':
      return block.items.map(plainText).join(' ')
    case 'code':
      return block.text
  }
}
