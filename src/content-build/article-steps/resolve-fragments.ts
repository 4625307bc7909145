import type { Block } from '../../articles/block-schema.ts'
import type { SourceDraft } from '../article-draft.ts'
import { mapBlocks, mapInlines, plainText } from '../block-text.ts'
import { problemAt, type ContentProblem } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'
import { toIdBase } from '../section-ids.ts'

// A link to `#somewhere` must lead to a place in the article. Authors write the heading's
// words (`#background`, `#What happens next`) where the id differs (`background-section`), so
// a fragment that matches a heading by its text is pointed at that heading's id.
export function resolveFragments(draft: SourceDraft): StepResult<SourceDraft> {
  if (!draft.fragmentLinks.length) return { draft }
  const everyBlock = [
    draft.opening,
    ...draft.sections.map((section) => section.blocks),
    ...draft.footnotes.map((note) => note.blocks),
  ]
  const ids = new Set<string>()
  const byText = new Map<string, string>()
  const heading = (title: string, id: string) => {
    ids.add(id)
    const key = headingKey(title)
    if (!byText.has(key)) byText.set(key, id)
  }
  for (const section of draft.sections) heading(section.title, section.id)
  for (const blocks of everyBlock) {
    mapBlocks(blocks, (block) => {
      if (block.type === 'paragraph') ids.add(block.id)
      if (block.type === 'subheading' && block.id) heading(plainText(block.children), block.id)
      return block
    })
  }
  for (const note of draft.footnotes) [note.id, ...note.refIds].forEach((id) => ids.add(id))

  const rewrites = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const link of draft.fragmentLinks) {
    const fragment = decode(link.fragment)
    if (!fragment || ids.has(fragment)) continue
    const id = byText.get(headingKey(fragment))
    if (id) {
      rewrites.set(`#${link.fragment}`, `#${id}`)
      continue
    }
    const known = draft.sections.map((section) => `#${section.id}`).join(', ')
    problems.push(
      problemAt(
        draft.file,
        link.line,
        link.column,
        'link',
        `"#${fragment}" is no heading of this article${known ? ` (its sections are ${known})` : ''}: link to a heading by its words or its id`,
      ),
    )
  }
  if (!rewrites.size) return { draft, problems }
  const rewrite = (blocks: Block[]) =>
    mapInlines(blocks, (node) =>
      node.type === 'link' && rewrites.has(node.href)
        ? { ...node, href: rewrites.get(node.href) ?? node.href }
        : node,
    )
  return {
    draft: {
      ...draft,
      opening: rewrite(draft.opening),
      sections: draft.sections.map((section) => ({ ...section, blocks: rewrite(section.blocks) })),
      footnotes: draft.footnotes.map((note) => ({ ...note, blocks: rewrite(note.blocks) })),
    },
    problems,
  }
}

// A heading's words as they would be written in a link: without case, accents or punctuation.
function headingKey(text: string): string {
  return toIdBase(text).replace(/-section$/, '')
}

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}
