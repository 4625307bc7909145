import type { Article, Section } from '../articles/article-schema.ts'
import type { Block, Footnote } from '../articles/block-schema.ts'
import { english } from '../lib/words/english.ts'
import type { LeadImage } from '../articles/picture-schema.ts'
import type { FrontMatter } from './front-matter.ts'
import type { ImageRef } from './image-reference.ts'
import type { ArticleLink, FragmentLink, RawSection } from './markdown-to-blocks.ts'

export type SourceFile = { file: string; text: string }

export type Summariser = (input: {
  title: string
  lang: string
  paragraphs: { id: string; text: string; section: number }[]
}) => { text: string; paragraphId: string }[]

// An article file while it is read and checked (article-steps/): each reading step fills in
// what it learns, and a value stays empty until the step that finds it has run.
export type SourceDraft = SourceFile & {
  slug: string
  frontMatterText: string
  body: string
  // The line of the file the body starts on, so body problems name lines of the file.
  bodyLine: number
  frontMatter: FrontMatter | null
  opening: Block[]
  rawSections: RawSection[]
  sections: Section[]
  footnotes: Footnote[]
  articleLinks: ArticleLink[]
  fragmentLinks: FragmentLink[]
  // The lead image from the front matter, and every image the article refers to, with where.
  leadImage: LeadImage | null
  imageRefs: ImageRef[]
}

export function slugFromFile(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/, '')
}

export function startDraft(source: SourceFile): SourceDraft {
  return {
    ...source,
    slug: slugFromFile(source.file),
    frontMatterText: '',
    body: '',
    bodyLine: 1,
    frontMatter: null,
    opening: [],
    rawSections: [],
    sections: [],
    footnotes: [],
    articleLinks: [],
    fragmentLinks: [],
    leadImage: null,
    imageRefs: [],
  }
}

type NamedNeighbour = { title: string; line: number }

// An article that has been read without problems, before the collection is known: neighbours
// and links to other articles are settled by the site steps.
export type DraftArticle = Omit<Article, 'previous' | 'next'> & {
  file: string
  namedPrevious: NamedNeighbour | null
  namedNext: NamedNeighbour | null
  articleLinks: ArticleLink[]
  imageRefs: ImageRef[]
  // The article's words for related reading, counted (term-counts.ts), so a rebuild weighs
  // them without reading the article again.
  terms: string
}

const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'])

// The article as the enriching steps start it: everything the file says, with the word count
// and summary still to be worked out.
export function settleDraft(draft: SourceDraft, frontMatter: FrontMatter): DraftArticle {
  const neighbourLine = (key: string) =>
    draft.frontMatterText.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 2 || 1
  return {
    file: draft.file,
    slug: draft.slug,
    title: frontMatter.title,
    date: frontMatter.date,
    displayDate: frontMatter.date,
    standfirst: frontMatter.standfirst,
    author: frontMatter.author,
    lang: frontMatter.lang,
    dir: rtlLanguages.has(frontMatter.lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr',
    tags: frontMatter.tags,
    ...(frontMatter.featured ? { featured: true } : {}),
    ...(draft.leadImage ? { image: draft.leadImage } : {}),
    opening: draft.opening,
    sections: draft.sections,
    footnotes: draft.footnotes,
    summary: frontMatter.summary.length
      ? {
          source: 'editor',
          points: frontMatter.summary.map((text) => ({ text, paragraphId: null })),
        }
      : { source: 'generated', points: [] },
    wordCount: 0,
    words: english,
    namedPrevious: frontMatter.previous
      ? { title: frontMatter.previous, line: neighbourLine('previous') }
      : null,
    namedNext: frontMatter.next ? { title: frontMatter.next, line: neighbourLine('next') } : null,
    articleLinks: draft.articleLinks,
    imageRefs: draft.imageRefs,
    terms: '',
  }
}
