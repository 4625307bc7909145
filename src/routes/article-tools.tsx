import type { Article } from '../articles/article-schema.ts'
import { ReadTracker } from '../saved/read-tracker.tsx'
import { SaveButton } from '../saved/save-button.tsx'

// The article's own actions, from the areas that provide them. Loaded after the article is
// shown, in a chunk of its own.
export function ArticleTools({ article }: { article: Article }) {
  return (
    <div lang="en" dir="ltr" className="flex flex-wrap items-start gap-4 print:hidden">
      <SaveButton slug={article.slug} title={article.title} />
      <ReadTracker slug={article.slug} />
    </div>
  )
}
