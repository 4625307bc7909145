// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { split } from 'sentence-splitter'
import { describe, expect, test } from 'vitest'
import { segmentSentences } from './segment-sentences.ts'

// Real news for the fast path's promise: the BBC News Summary data, kept outside the repository
// for evaluation only (see its README). A fresh clone has no ../shared, and then this is skipped.
const DATA = path.resolve(
  import.meta.dirname,
  '../../../shared/data/bbc-news-summary/bbc-news-summary.test.jsonl',
)
const exists = existsSync(DATA)

function paragraphs(): string[] {
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      const row: unknown = JSON.parse(line)
      if (
        typeof row !== 'object' ||
        row === null ||
        !('text' in row) ||
        typeof row.text !== 'string'
      ) {
        throw new Error(`bad row: ${line.slice(0, 40)}`)
      }
      return row.text.split(/\n\s*\n/)
    })
}

describe.skipIf(!exists)('segmenting BBC News Summary test articles', () => {
  test('gives the sentences sentence-splitter gives, paragraph by paragraph', () => {
    const differences: string[] = []
    for (const paragraph of paragraphs()) {
      // As the summariser passes it on, with quote marks hidden.
      const text = paragraph.replace(/"/g, ' ')
      const ours = segmentSentences(text).map(({ start, end }) => text.slice(start, end))
      const theirs = split(text).flatMap((node) =>
        node.type === 'Sentence' ? [node.raw.trimEnd()] : [],
      )
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differences.push(text.slice(0, 60))
    }
    expect(differences).toEqual([])
  }, 20_000)
})

if (!exists) {
  test.skip(`no BBC News Summary data at ${DATA} (evaluation data, outside the repository)`, () => {})
}
