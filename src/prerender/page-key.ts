import { createHash, type Hash } from 'node:crypto'

// A page's key: everything its HTML is made from.
export function pageKey(...inputs: string[]): string {
  return keyer(...inputs)()
}

// The same keys, with the inputs every page shares hashed once rather than once a page.
export function keyer(...common: string[]): (...inputs: string[]) => string {
  const prefix: Hash = createHash('sha256')
  for (const input of common) prefix.update(input).update('\0')
  return (...inputs) => {
    const hash = prefix.copy()
    for (const input of inputs) hash.update(input).update('\0')
    return hash.digest('hex')
  }
}
