import { activeSectionIndex } from './active-section.ts'

export type SectionSpy = { choose: (index: number) => void; stop: () => void }

// Follows the reader through the page: at most one measurement per frame, from the headings'
// positions and the page's scroll-padding-top (which already counts the sticky header), so the
// contents list and the browser agree on where a heading lands.
export function watchSections(
  ids: string[],
  heading: (id: string) => HTMLElement | null,
  list: HTMLElement | null,
  onChange: (index: number) => void,
): SectionSpy {
  let frame = 0
  let shown = -1
  let chosen: { index: number; scrollY: number } | null = null

  const update = () => {
    frame = 0
    const root = document.documentElement
    if (chosen && Math.abs(chosen.scrollY - window.scrollY) >= 4) chosen = null
    const index = activeSectionIndex({
      headingTops: ids.map((id) => heading(id)?.getBoundingClientRect().top ?? Infinity),
      readingLine: parseFloat(getComputedStyle(root).scrollPaddingTop) || 0,
      scrollY: window.scrollY,
      viewportHeight: window.innerHeight,
      pageHeight: root.scrollHeight,
      chosen,
    })
    if (index === shown) return
    shown = index
    onChange(index)
    keepInView(list, index)
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update)
  }
  schedule()
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule)

  return {
    // The browser scrolls to the chosen heading as part of the click; the frame after it sees
    // where the page ended up, which near the bottom may be short of that heading.
    choose: (index) =>
      requestAnimationFrame(() => {
        chosen = { index, scrollY: window.scrollY }
        update()
      }),
    stop: () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    },
  }
}

// Keep the current entry in view by scrolling the list itself; scrollIntoView would move the page.
function keepInView(list: HTMLElement | null, index: number) {
  const item = list?.children[index]
  if (!list || !(item instanceof HTMLElement)) return
  const top = item.offsetTop
  const bottom = top + item.offsetHeight
  if (top < list.scrollTop) list.scrollTo({ top: top - 8 })
  else if (bottom > list.scrollTop + list.clientHeight) {
    list.scrollTo({ top: bottom - list.clientHeight + 8 })
  }
}
