import { describe, expect, test } from 'vitest'
import { activeSectionIndex, type ScrollSnapshot } from './active-section.ts'

// Three sections whose headings sit 1000 px apart in a 3200 px page, seen through a 700 px
// window with a 72 px reading line.
function at(scrollY: number, extra: Partial<ScrollSnapshot> = {}): number {
  const positions = [800, 1800, 2800]
  return activeSectionIndex({
    headingTops: positions.map((y) => y - scrollY),
    readingLine: 72,
    scrollY,
    viewportHeight: 700,
    pageHeight: 3200,
    ...extra,
  })
}

describe('activeSectionIndex', () => {
  test('nothing is current above the first heading', () => {
    expect(at(0)).toBe(-1)
    expect(at(700)).toBe(-1)
  })

  test('a heading on the reading line makes its section current', () => {
    expect(at(800 - 72)).toBe(0)
  })

  test('a long section stays current through its whole length', () => {
    for (const y of [800, 1200, 1600, 1800 - 80]) expect(at(y)).toBe(0)
    expect(at(1800 - 72)).toBe(1)
  })

  test('the last section is current at the very bottom, even when short', () => {
    // The last heading never reaches the reading line: the page ends first.
    expect(at(2500)).toBe(2)
    expect(at(2450)).toBe(1)
  })

  test('a page that fits the window marks nothing at the top', () => {
    expect(at(0, { pageHeight: 700 })).toBe(-1)
  })

  test('a chosen entry stays current while the page stays where the choice left it', () => {
    expect(at(2500, { chosen: { index: 1, scrollY: 2500 } })).toBe(1)
    expect(at(2300, { chosen: { index: 1, scrollY: 2500 } })).toBe(1)
    // Once the reader scrolls on, the positions decide again.
    expect(at(1200, { chosen: { index: 2, scrollY: 2500 } })).toBe(0)
  })

  test('no headings, no current section', () => {
    expect(
      activeSectionIndex({
        headingTops: [],
        readingLine: 0,
        scrollY: 0,
        viewportHeight: 1,
        pageHeight: 1,
      }),
    ).toBe(-1)
  })
})
