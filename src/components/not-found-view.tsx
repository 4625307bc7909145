import { Link } from 'wouter'
import { PageHeading } from './page-heading.tsx'

export function NotFoundView({ message }: { message: string }) {
  return (
    <div className="space-y-4">
      <title>Page not found – Lede</title>
      <meta name="robots" content="noindex" />
      <PageHeading announcement="Page not found" className="text-3xl font-bold">
        Page not found
      </PageHeading>
      <p>{message}</p>
      <p>
        <Link href="/" className="link">
          Go to the article list
        </Link>
      </p>
    </div>
  )
}
