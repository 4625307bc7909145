// What can go wrong when the reader asks for an article or a page of the list: each is a named
// case the error boundary shows in its own way.
export class ArticleNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} is not in Lede`)
    this.name = 'ArticleNotFoundError'
  }
}

// Why a fetch failed, as a case rather than a sentence: the error view says it in the page's
// language.
export type LoadFailure =
  'timeout' | 'offline' | 'unreachable' | 'refused' | 'damaged' | 'unreadable'

// The fetch failed or the data was not what the schema promises: the reader says so and offers Retry.
// The message is for the developer's console; the reader sees the words for `reason`.
export class ArticleLoadError extends Error {
  readonly reason: LoadFailure
  readonly status: number | undefined
  constructor(reason: LoadFailure, what: string, status?: number) {
    super(`Could not load ${what}: ${reason}${status === undefined ? '' : ` (${status})`}`)
    this.name = 'ArticleLoadError'
    this.reason = reason
    this.status = status
  }
}

// The host answered with an HTML page where the data should be (a static host's fallback for a
// file it does not have). The page may well exist, so the reader loads the address as a page.
export class PageInsteadOfDataError extends Error {
  constructor(what: string) {
    super(`The server sent a page instead of ${what}`)
    this.name = 'PageInsteadOfDataError'
  }
}
