import { PageHeading } from '../components/page-heading.tsx'
import { Pagination } from '../components/pagination.tsx'
import { ArticleList } from './article-list.tsx'
import { collectionPath } from '../lib/collection-path.ts'
import type { CollectionPage } from './list-schemas.ts'
import { collectionDescription, collectionTitle } from '../lib/collection-text.ts'

export function CollectionView({ collection }: { collection: CollectionPage }) {
  const title = collectionTitle(collection)
  return (
    <div className="space-y-6">
      <title>{`${title} – Lede`}</title>
      <meta name="description" content={collectionDescription(collection)} />
      <header className="space-y-2">
        <PageHeading announcement={title} className="text-3xl font-bold">
          {title}
        </PageHeading>
        <p className="text-muted">{collectionDescription(collection)}</p>
      </header>
      <ArticleList articles={collection.articles} />
      <Pagination
        page={collection.page}
        pageCount={collection.pageCount}
        href={(page) => collectionPath(collection.kind, collection.slug, page)}
        newer="Newer articles"
        older="Older articles"
      />
    </div>
  )
}
