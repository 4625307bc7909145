import { expect, test } from 'vitest'
import { percentile, replaceSection, table } from './report-format.ts'

test('replaceSection replaces only its own section', () => {
  const before =
    '# Benchmarks\n\n## Summaries\n\nkept\n\n## Performance\n\nold\n\n## Later\n\nalso kept\n'
  const after = replaceSection(before, '## Performance', 'new')
  expect(after).toBe(
    '# Benchmarks\n\n## Summaries\n\nkept\n\n## Performance\n\nnew\n\n## Later\n\nalso kept\n',
  )
})

test('replaceSection appends the section when it is missing, and starts a file', () => {
  expect(replaceSection('# Benchmarks\n\n## Summaries\n\nkept\n', '## Performance', 'new')).toBe(
    '# Benchmarks\n\n## Summaries\n\nkept\n\n## Performance\n\nnew\n',
  )
  expect(replaceSection('', '## Performance', 'new')).toBe(
    '# Benchmarks\n\n## Performance\n\nnew\n',
  )
})

test('replaceSection keeps subheadings inside the section it replaces out', () => {
  const before = '## Performance\n\nold\n\n### detail\n\nold too\n'
  expect(replaceSection(before, '## Performance', 'new')).toBe('## Performance\n\nnew\n')
})

test('percentile uses the nearest rank', () => {
  const values = Array.from({ length: 20 }, (_, index) => index + 1)
  expect(percentile(values, 50)).toBe(10)
  expect(percentile(values, 95)).toBe(19)
  expect(percentile([3], 95)).toBe(3)
})

test('table writes a Markdown table in column order', () => {
  expect(table([{ a: '1', b: '2' }])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |')
})

test('table has a column for every key in any row', () => {
  expect(table([{ a: '1' }, { a: '2', b: '3' }])).toBe(
    '| a | b |\n| --- | --- |\n| 1 |  |\n| 2 | 3 |',
  )
})
