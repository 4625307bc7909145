import { useMemo, useRef, type RefObject } from 'react'

// The article's own text as the parts beside it may read it: an element by its id (a paragraph
// whose sentences Listen highlights, a heading the contents follow), and whether a node is in the text (a selection in the header or
// the text offers a quote link; one in the controls does not). Each is looked for inside the
// article's own elements, never in the document at large.
export type ArticleText = {
  element: (id: string) => HTMLElement | null
  contains: (node: Node) => boolean
}

// The text, then the refs for the article's header and body elements.
export function useArticleText(): [
  ArticleText,
  RefObject<HTMLElement | null>,
  RefObject<HTMLDivElement | null>,
] {
  const header = useRef<HTMLElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const text = useMemo<ArticleText>(
    () => ({
      element: (id) => body.current?.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ?? null,
      contains: (node) => Boolean(header.current?.contains(node) || body.current?.contains(node)),
    }),
    [],
  )
  return [text, header, body]
}
