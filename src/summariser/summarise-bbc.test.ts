// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { summarise } from './summarise.ts'

// Real news at scale: the BBC News Summary data, kept outside the repository for evaluation
// only (see its README). A fresh clone has no ../shared, and then this is skipped.
const DATA = path.resolve(
  import.meta.dirname,
  '../../../shared/data/bbc-news-summary/bbc-news-summary.jsonl',
)
const exists = existsSync(DATA)

type Row = { id: string; title: string; text: string }

function readRows(): Row[] {
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row: unknown = JSON.parse(line)
      if (
        typeof row !== 'object' ||
        row === null ||
        !('id' in row && typeof row.id === 'string') ||
        !('title' in row && typeof row.title === 'string') ||
        !('text' in row && typeof row.text === 'string')
      ) {
        throw new Error(`bad row: ${line.slice(0, 40)}`)
      }
      return { id: row.id, title: row.title, text: row.text }
    })
}

describe.skipIf(!exists)('the summariser over every BBC News Summary article', () => {
  test('gives every one of the 2,225 articles a summary, without an error', () => {
    const rows = readRows()
    expect(rows).toHaveLength(2225)
    const failures: string[] = []
    for (const row of rows) {
      const paragraphs = row.text
        .split(/\n\s*\n/)
        .filter((text) => text.trim())
        .map((text, index) => ({ id: `p${index + 1}`, text, section: 0 }))
      const ids = new Set(paragraphs.map(({ id }) => id))
      try {
        const points = summarise({ title: row.title, lang: 'en', paragraphs })
        if (points.length === 0) failures.push(`${row.id}: empty summary`)
        if (points.some(({ text, paragraphId }) => !text.trim() || !ids.has(paragraphId))) {
          failures.push(`${row.id}: a point without text or paragraph`)
        }
      } catch (error) {
        failures.push(`${row.id}: ${String(error)}`)
      }
    }
    expect(failures).toEqual([])
  }, 60_000)
})

if (!exists) {
  test.skip(`no BBC News Summary data at ${DATA} (evaluation data, outside the repository)`, () => {})
}
