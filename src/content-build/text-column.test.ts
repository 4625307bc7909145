import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  columnOf,
  columnsFile,
  columnsHead,
  columnsOf,
  entriesOf,
  numbersAt,
  numbersEntry,
  textColumn,
  withEntries,
} from './text-column.ts'

const entries = fc.array(
  fc.string().filter((value) => !value.includes('\u0000')),
  {
    maxLength: 30,
  },
)

test('a column gives back each entry it was made of, empty ones included', () => {
  fc.assert(
    fc.property(entries, (values) => {
      const column = columnOf(values)
      expect(column.length).toBe(values.length)
      expect(values.map((_, index) => column.at(index))).toEqual(values)
      // Read back from what is kept, as a record is.
      const read = textColumn(column.text, values.length)
      expect(values.map((_, index) => read.at(index))).toEqual(values)
      expect(entriesOf(read)).toEqual(values)
      values.forEach((value, index) => {
        expect(read.holds(index, value)).toBe(true)
        expect(read.holds(index, `${value}x`)).toBe(false)
        if (value) expect(read.holds(index, value.slice(1))).toBe(false)
      })
    }),
  )
})

test('changing entries changes those and no others', () => {
  fc.assert(
    fc.property(
      entries.filter((values) => values.length > 0),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.string().filter((value) => !value.includes('\u0000')),
        ),
      ),
      (values, edits) => {
        const changes = new Map(edits.map(([place, value]) => [place % values.length, value]))
        const expected = values.map((value, index) => changes.get(index) ?? value)
        const changed = withEntries(columnOf(values), changes)
        expect(expected.map((_, index) => changed.at(index))).toEqual(expected)
        expect(changed.text).toBe(columnOf(expected).text)
      },
    ),
  )
})

test('a place outside the column, or an entry holding the separator, is refused', () => {
  const column = columnOf(['a', 'b'])
  expect(() => column.at(2)).toThrow(RangeError)
  expect(() => column.at(-1)).toThrow(RangeError)
  expect(() => withEntries(column, new Map([[5, 'c']]))).toThrow(RangeError)
  expect(() => columnOf(['a\u0000b'])).toThrow(/NUL/)
  expect(() => withEntries(column, new Map([[0, 'x\u0000']]))).toThrow(/NUL/)
})

test('lists of numbers are kept an entry each', () => {
  const column = columnOf([numbersEntry([3, 17, 200]), numbersEntry([]), numbersEntry([0])])
  expect([0, 1, 2].map((index) => numbersAt(column, index))).toEqual([[3, 17, 200], [], [0]])
})

test('a file of columns reads back as written, and not at all when cut short or grown', () => {
  const columns = [columnOf(['a', '', 'ccc']), columnOf(['1', '2', '3'])]
  const lengths = columns.map((column) => column.text.length)
  const text = columnsFile({ count: 3, lengths }, columns)
  expect(columnsHead(text)).toEqual({ count: 3, lengths })
  expect(columnsOf(text, lengths, 3)?.map(entriesOf)).toEqual([
    ['a', '', 'ccc'],
    ['1', '2', '3'],
  ])
  expect(columnsOf(text.slice(0, -1), lengths, 3)).toBeNull()
  expect(columnsOf(`${text}x`, lengths, 3)).toBeNull()
  expect(columnsHead('{"count": 3')).toBeNull()
  expect(columnsHead('not json\nrest')).toBeNull()
})
