import {
  settleDraft,
  startDraft,
  type DraftArticle,
  type SourceDraft,
  type SourceFile,
  type Summariser,
} from './article-draft.ts'
import { balanceTitles } from './article-steps/balance-bidi.ts'
import { checkBody } from './article-steps/check-body.ts'
import { checkFileName } from './article-steps/check-file-name.ts'
import { checkSize } from './article-steps/check-size.ts'
import { findLeadImage } from './article-steps/find-lead-image.ts'
import { countTerms } from './article-steps/count-terms.ts'
import { countWords } from './article-steps/count-words.ts'
import { markSentences } from './article-steps/mark-sentences.ts'
import { parseBody } from './article-steps/parse-body.ts'
import { readFrontMatter } from './article-steps/read-front-matter.ts'
import { resolveFragments } from './article-steps/resolve-fragments.ts'
import { slugHeadings } from './article-steps/slug-headings.ts'
import { splitSource } from './article-steps/split-source.ts'
import { summariseWith } from './article-steps/summarise-article.ts'
import { typesetQuotes } from './article-steps/typeset-quotes.ts'
import { writeDisplayDate } from './article-steps/write-display-date.ts'
import { writeWords } from './article-steps/write-words.ts'
import type { ContentProblem } from './content-problem.ts'
import type { ArticleLink } from './markdown-to-blocks.ts'
import { runSteps, type Step } from './run-steps.ts'

export type { DraftArticle, SourceFile, Summariser } from './article-draft.ts'
export { slugFromFile } from './article-draft.ts'

export type ArticleSteps = { reading: Step<SourceDraft>[]; enriching: Step<DraftArticle>[] }

// The article pipeline, in order. Reading checks the file and reports every problem it finds
// (the size check and the front matter split halt, as nothing after them can be read); the
// enriching steps only ever see an article that was read without a problem.
export function articleSteps(summarise: Summariser): ArticleSteps {
  return {
    reading: [
      checkSize,
      checkFileName,
      splitSource,
      readFrontMatter,
      findLeadImage,
      parseBody,
      checkBody,
      slugHeadings,
      // After the headings have ids, so a link can be checked against them.
      resolveFragments,
    ],
    // Quotes are set first: sentence offsets, the word count and the summary then read the text
    // as the reader sees it. Titles are balanced before anything copies them into the summary or
    // the collection.
    enriching: [
      typesetQuotes,
      balanceTitles,
      writeDisplayDate,
      writeWords,
      countWords,
      markSentences,
      summariseWith(summarise),
      countTerms,
    ],
  }
}

export type BuiltArticle =
  | { draft: DraftArticle }
  // The links go along with the problems, so a link to a missing article is still reported
  // in the same run.
  | { problems: ContentProblem[]; articleLinks?: ArticleLink[] }

export function buildArticle(
  source: SourceFile,
  summarise: Summariser,
  steps: ArticleSteps = articleSteps(summarise),
): BuiltArticle {
  const read = runSteps(steps.reading, startDraft(source))
  const { frontMatter, articleLinks } = read.draft
  if (read.problems.length || !frontMatter) return { problems: read.problems, articleLinks }
  const enriched = runSteps(steps.enriching, settleDraft(read.draft, frontMatter))
  if (enriched.problems.length) return { problems: enriched.problems, articleLinks }
  return { draft: enriched.draft }
}
