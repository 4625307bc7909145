import type { CollectionPage } from './collection-schema.ts'

export function collectionTitle({ kind, name, page }: CollectionPage): string {
  const title = kind === 'topic' ? `Topic: ${name}` : `Articles by ${name}`
  return page > 1 ? `${title}, page ${page}` : title
}

export function collectionDescription({ kind, name, total }: CollectionPage): string {
  const count = `${total} article${total === 1 ? '' : 's'}`
  return kind === 'topic'
    ? `${count} about ${name} on Lede, newest first.`
    : `${count} by ${name} on Lede, newest first.`
}
