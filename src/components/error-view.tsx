import { Link } from 'wouter'
import { PageHeading } from './page-heading.tsx'

type Props = { title: string; message: string; onRetry: () => void }

export function ErrorView({ title, message, onRetry }: Props) {
  return (
    <div role="alert" className="space-y-4">
      <title>{`${title} – Lede`}</title>
      <PageHeading announcement={title} className="text-3xl font-bold">
        {title}
      </PageHeading>
      <p>{message}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={onRetry} className="button">
          Retry
        </button>
        <Link href="/" className="link self-center">
          Go to the article list
        </Link>
      </div>
    </div>
  )
}
