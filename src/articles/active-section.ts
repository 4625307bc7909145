export type ScrollSnapshot = {
  // Each section heading's top edge, relative to the viewport, in document order.
  headingTops: number[]
  // Where the sticky header ends: a heading at or above this line has been reached.
  readingLine: number
  scrollY: number
  viewportHeight: number
  pageHeight: number
  // The entry the reader just chose, with the scroll position that choice led to.
  chosen?: { index: number; scrollY: number } | null
}

// A heading scrolled to sits exactly on the reading line; a little slack absorbs rounding.
const slack = 4

// Which section the reader is in: the last heading that has reached the reading line, so a
// long section stays current all the way through; nothing above the first heading. At the very
// bottom the last section is current even if it is too short to reach the line, unless the
// reader has just chosen an entry that the page cannot scroll any further towards.
export function activeSectionIndex(snapshot: ScrollSnapshot): number {
  const { headingTops, readingLine, scrollY, viewportHeight, pageHeight, chosen } = snapshot
  if (!headingTops.length) return -1
  if (chosen && Math.abs(chosen.scrollY - scrollY) < slack) return chosen.index
  const atBottom = scrollY > 0 && scrollY + viewportHeight >= pageHeight - slack
  if (atBottom && (headingTops[0] ?? Infinity) <= viewportHeight) return headingTops.length - 1
  let active = -1
  headingTops.forEach((top, index) => {
    if (top <= readingLine + slack) active = index
  })
  return active
}
