// The page's own headings, by their text, before Readability demotes every h1 to h2: the
// article's real section structure is read from here.
export function pageHeadingLevels(document: Document): (text: string) => number | undefined {
  const levels = new Map<string, number>()
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const key = headingKey(heading.textContent ?? '')
    if (key && !levels.has(key)) levels.set(key, Number(heading.tagName.slice(1)))
  }
  return (text) => levels.get(headingKey(text))
}

function headingKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}
