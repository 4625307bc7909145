import { english } from '../lib/words/english.ts'
import type { DraftArticle } from './article-draft.ts'

// A valid draft article for the tests of single steps, with the fields a test cares about.
export function articleDraft(fields: Partial<DraftArticle> = {}): DraftArticle {
  return {
    file: 'content/articles/harbour.md',
    slug: 'harbour',
    title: 'Harbour',
    date: '2026-11-20',
    displayDate: '2026-11-20',
    standfirst: null,
    author: null,
    lang: 'en',
    dir: 'ltr',
    tags: [],
    opening: [],
    sections: [],
    footnotes: [],
    summary: { source: 'generated', points: [] },
    wordCount: 0,
    words: english,
    namedPrevious: null,
    namedNext: null,
    articleLinks: [],
    imageRefs: [],
    terms: '',
    ...fields,
  }
}
