import { Link } from 'wouter'
import { authorPath } from '../lib/name-slug.ts'

// An author's name, leading to every article they wrote.
export function AuthorLink({ author }: { author: string }) {
  return (
    <Link href={authorPath(author)} className="link" rel="author">
      {author}
    </Link>
  )
}
