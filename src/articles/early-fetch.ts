// The neighbours' JSON is fetched while the page is idle, before the code that checks it has
// been loaded (it is loaded when the reader reaches for a neighbour). The response waits here,
// unread, for the fetcher to take it; a failed one is forgotten, and the fetcher asks again.
const early = new Map<string, Promise<Response | null>>()

export function fetchEarly(url: string): void {
  if (early.has(url)) return
  early.set(
    url,
    fetch(url, { headers: { Accept: 'application/json' } }).then(
      (response) => (response.ok ? response : null),
      () => null,
    ),
  )
}

export function takeEarlyResponse(url: string): Promise<Response | null> | null {
  const response = early.get(url)
  early.delete(url)
  return response ?? null
}
