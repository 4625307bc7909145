// A list of strings kept as one string, the entries apart by NUL (which no path, key or stamp
// holds): the collection's record (collection-record.ts) keeps a few such lists of 100,000
// entries, and a rebuild in place reads only a handful of each, so it reads each list as one
// string and makes no string of an entry until asked for it. Read as arrays of strings, the
// record took a rebuild a quarter of a second to read and its memory to collect.
export type TextColumn = {
  readonly length: number
  // Every entry, apart by NUL, as it is kept.
  readonly text: string
  at(index: number): string
  // Whether the entry at a place is this value, with no string made of the entry.
  holds(index: number, value: string): boolean
  // The entries from one place up to another, as they are kept.
  span(from: number, to: number): string
}

const SEPARATOR = '\u0000'

export function textColumn(text: string, length: number): TextColumn {
  let starts: Int32Array | null = null
  // Where each entry starts, and (at the end) one past the last: found at the first look.
  const startsOf = (): Int32Array => {
    if (starts) return starts
    starts = new Int32Array(length + 1)
    let at = 0
    for (let index = 0; index < length; index++) {
      starts[index] = at
      const end = text.indexOf(SEPARATOR, at)
      at = end === -1 ? text.length + 1 : end + 1
    }
    starts[length] = at
    return starts
  }
  return {
    length,
    text,
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= length) {
        throw new RangeError(`no entry ${index} in a column of ${length}`)
      }
      const found = startsOf()
      return text.slice(found[index], (found[index + 1] as number) - 1)
    },
    holds(index, value) {
      const found = startsOf()
      const start = found[index] as number
      return (
        (found[index + 1] as number) - 1 - start === value.length && text.startsWith(value, start)
      )
    },
    span(from, to) {
      if (from >= to) return ''
      const found = startsOf()
      return text.slice(found[from], (found[to] as number) - 1)
    },
  }
}

export function columnOf(values: readonly string[]): TextColumn {
  for (const value of values) {
    if (value.includes(SEPARATOR)) throw new Error(`a column entry holds a NUL: ${value}`)
  }
  return textColumn(values.join(SEPARATOR), values.length)
}

// The column with the entries at some places changed: the runs of entries between them are
// copied as they are kept, not entry by entry.
export function withEntries(column: TextColumn, changes: ReadonlyMap<number, string>): TextColumn {
  if (!changes.size) return column
  const parts: string[] = []
  let next = 0
  for (const place of [...changes.keys()].sort((a, b) => a - b)) {
    if (!Number.isInteger(place) || place < 0 || place >= column.length) {
      throw new RangeError(`no entry ${place} in a column of ${column.length}`)
    }
    const value = changes.get(place) as string
    if (value.includes(SEPARATOR)) throw new Error(`a column entry holds a NUL: ${value}`)
    if (place > next) parts.push(column.span(next, place))
    parts.push(value)
    next = place + 1
  }
  if (next < column.length) parts.push(column.span(next, column.length))
  return textColumn(parts.join(SEPARATOR), column.length)
}

// Every entry, as an array.
export const entriesOf = (column: TextColumn): string[] =>
  column.length ? column.text.split(SEPARATOR) : []

// Lists of small numbers (an article's pages, its topics), an entry each.
export const numbersEntry = (numbers: readonly number[]): string => numbers.join(',')
export const numbersAt = (column: TextColumn, index: number): number[] => {
  const entry = column.at(index)
  return entry ? entry.split(',').map(Number) : []
}

// A file of columns (the collection's record, the prerender's manifest): a line of JSON that
// says, among what else it holds, each column's length, then each column's text, a line each.
export function columnsFile(head: unknown, columns: readonly TextColumn[]): string {
  return [JSON.stringify(head), ...columns.map((column) => column.text)].join('\n')
}

// The head of such a file, unchecked, or null when its first line is not JSON.
export function columnsHead(text: string): unknown {
  const end = text.indexOf('\n')
  try {
    return end === -1 ? null : (JSON.parse(text.slice(0, end)) as unknown)
  } catch {
    return null
  }
}

// Its columns, of the lengths its head gave, each of `count` entries; null when the text is
// not exactly that long, as a file cut short is not.
export function columnsOf(
  text: string,
  lengths: readonly number[],
  count: number,
): TextColumn[] | null {
  let at = text.indexOf('\n') + 1
  const columns = lengths.map((length) => {
    const column = textColumn(text.slice(at, at + length), count)
    at += length + 1
    return column
  })
  return at === text.length + 1 ? columns : null
}
