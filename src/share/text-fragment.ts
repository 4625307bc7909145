// A link that opens the page scrolled to a quote and highlighted (a URL text fragment). A long
// quote is named by its first and last words, as the specification allows, so the link stays
// short; the characters the fragment syntax uses (- , &) are escaped in the words.
export function quoteLink(pageUrl: string, quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean)
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26')
  const directive =
    words.length > 10
      ? `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}`
      : encode(words.join(' '))
  const url = new URL(pageUrl)
  url.hash = ''
  return `${url.href}#:~:text=${directive}`
}
