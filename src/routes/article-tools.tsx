import type { Article } from '../articles/article-schema.ts'
import type { ArticleText } from '../articles/use-article-text.ts'
import { ListenPlayer, type ListenParagraph } from '../listen/listen-player.tsx'
import { ReadTracker } from '../saved/read-tracker.tsx'
import { SaveButton } from '../saved/save-button.tsx'
import { QuoteLinkOffer } from '../share/quote-link-offer.tsx'
import { ShareButton } from '../share/share-button.tsx'

// The article's own actions, from the areas that provide them, in the article's language (they
// sit inside it). Loaded after the article is shown, in a chunk of its own.
export function ArticleTools({ article, text }: { article: Article; text: ArticleText }) {
  return (
    <div className="flex flex-wrap items-start gap-4 print:hidden">
      <ListenPlayer
        key={article.slug}
        lang={article.lang}
        paragraphs={listenParagraphs(article)}
        paragraphElement={text.element}
      />
      <SaveButton slug={article.slug} title={article.title} />
      <ShareButton title={article.title} url={articleUrl(article.slug)} />
      <ReadTracker slug={article.slug} />
      <QuoteLinkOffer within={text.contains} />
    </div>
  )
}

const articleUrl = (slug: string) => new URL(`/articles/${slug}`, window.location.href).href

// Listen reads the paragraphs, split into sentences by the content build.
const listenParagraphs = (article: Article): ListenParagraph[] =>
  [article.opening, ...article.sections.map((section) => section.blocks)].flatMap((blocks) =>
    blocks.flatMap((block) =>
      block.type === 'paragraph' ? [{ id: block.id, sentences: block.sentences ?? [] }] : [],
    ),
  )
