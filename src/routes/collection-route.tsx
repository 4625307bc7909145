import { useSuspenseQuery } from '@tanstack/react-query'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import type { CollectionKind } from '../articles/list-schemas.ts'
import { collectionPageQuery } from '../articles/collection-queries.ts'
import { CollectionView } from '../articles/collection-view.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { WithQueries } from '../articles/with-queries.tsx'
import { useNavigationState } from '../components/navigation-context.tsx'
import { useScrollRestoration } from '../lib/scroll-restoration.ts'
import { NotFoundRoute } from './not-found-route.tsx'

type Props = { kind: CollectionKind; slug: string; page?: string }

// The router hands over the address's words decoded; an address typed by hand may not be.
const decoded = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function CollectionRoute({ kind, slug, page = '1' }: Props) {
  const name = decoded(slug)
  const number = /^[1-9]\d*$/.test(page) ? Number(page) : 0
  return (
    <WithQueries>
      <QueryBoundary
        fallback={<ArticleSkeleton />}
        resetKey={`${kind}:${name}:${number}`}
        notFound={<NotFoundRoute />}
      >
        <LoadedCollection kind={kind} slug={name} page={number} />
      </QueryBoundary>
    </WithQueries>
  )
}

function LoadedCollection({
  kind,
  slug,
  page,
}: {
  kind: CollectionKind
  slug: string
  page: number
}) {
  const { data } = useSuspenseQuery(collectionPageQuery(kind, slug, page))
  const { hasNavigated } = useNavigationState()
  useScrollRestoration(`${kind} ${slug} ${page}`, hasNavigated)
  return <CollectionView collection={data} />
}
