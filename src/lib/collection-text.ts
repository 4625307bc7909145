// What a topic or author page is called and says of itself, in the page and in its head.
type Named = { kind: 'topic' | 'author'; name: string; page: number; total: number }

export function collectionTitle({ kind, name, page }: Omit<Named, 'total'>): string {
  const title = kind === 'topic' ? `Topic: ${name}` : `Articles by ${name}`
  return page > 1 ? `${title}, page ${page}` : title
}

export function collectionDescription({ kind, name, total }: Omit<Named, 'page'>): string {
  const count = `${total} article${total === 1 ? '' : 's'}`
  return kind === 'topic'
    ? `${count} about ${name} on Lede, newest first.`
    : `${count} by ${name} on Lede, newest first.`
}
