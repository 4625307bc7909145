import { Link } from 'wouter'
import type { ArticleListItem } from './list-schemas.ts'
import { PictureSlot } from './picture-slot.tsx'
import { StoryToolsLine, type StoryTools } from './story-tools.tsx'

type Props = {
  article: ArticleListItem
  // The lead is large, with its image and standfirst; the others are compact, so a phone's
  // screen holds more of them: a smaller headline, no standfirst, a small thumbnail at most.
  size: 'lead' | 'tier' | 'section'
  tools?: StoryTools
}

// One story of the front page: its headline is its one link. The byline, the topic label and the
// date are text, so a reader going through the links hears each story once.
export function FrontStory({ article, size, tools }: Props) {
  // In a topic's section the topic is the heading already.
  const topic = size === 'section' ? undefined : article.tags?.[0]
  return (
    <article lang={article.lang} dir={article.dir} className={`front-story front-${size}`}>
      <h3 className="front-headline">
        <Link href={`/articles/${article.slug}`} className="hover:underline">
          {article.title}
        </Link>
      </h3>
      {size === 'lead' && article.standfirst ? (
        <p className="front-standfirst">{article.standfirst}</p>
      ) : null}
      <p className="flex flex-wrap gap-x-3 text-sm text-muted">
        {topic ? <span className="front-topic">{topic}</span> : null}
        {article.author ? <span>{article.author}</span> : null}
        <time dateTime={article.date}>{article.displayDate}</time>
      </p>
      {article.image && size !== 'section' ? (
        <PictureSlot kind={size === 'lead' ? 'front-lead' : 'thumbnail'} picture={article.image} />
      ) : null}
      {tools ? <StoryToolsLine article={article} tools={tools} /> : null}
    </article>
  )
}
