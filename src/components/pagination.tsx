import { Link } from 'wouter'

type Props = {
  page: number
  pageCount: number
  href: (page: number) => string
  newer: string
  older: string
}

// Newer and older pages of a list, newest first, and where the reader is among them.
export function Pagination({ page, pageCount, href, newer, older }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pages" className="flex justify-between">
      {page > 1 ? (
        <Link href={href(page - 1)} className="link">
          {newer}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="link">
          {older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
