import type { DraftArticle, Summariser } from '../article-draft.ts'
import { plainText } from '../markdown-to-blocks.ts'
import type { Step } from '../run-steps.ts'

// An editor's summary always wins; only an article without one is given to the summariser.
export function summariseWith(summarise: Summariser): Step<DraftArticle> {
  return (draft) => {
    if (draft.summary.source === 'editor') return { draft }
    const paragraphs = [draft.opening, ...draft.sections.map((section) => section.blocks)].flatMap(
      (blocks, section) =>
        blocks.flatMap((block) =>
          block.type === 'paragraph'
            ? [{ id: block.id, text: plainText(block.children), section }]
            : [],
        ),
    )
    const points = summarise({ title: draft.title, lang: draft.lang, paragraphs })
    return { draft: { ...draft, summary: { source: 'generated', points } } }
  }
}
