// What can go wrong when the reader asks for an article or a page of the list: each is a named
// case the error boundary shows in its own way.
export class ArticleNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} is not in Lede`)
    this.name = 'ArticleNotFoundError'
  }
}

// The fetch failed or the data was not what the schema promises: the reader says so and offers Retry.
export class ArticleLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArticleLoadError'
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
