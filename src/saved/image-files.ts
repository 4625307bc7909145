// Every image file an article's data names: the lead image and the figures, in each format and
// width the page offers, since which one the browser picks depends on the screen it is read on.
// Read from the data as it arrived, whatever block holds the picture, so a new kind of block
// with an image is saved too.
export function imageFiles(data: unknown): string[] {
  const files = new Set<string>()
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^\/images\/[\w.-]+$/.test(value)) files.add(value)
    } else if (Array.isArray(value)) {
      value.forEach(visit)
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(visit)
    }
  }
  visit(data)
  return [...files]
}
