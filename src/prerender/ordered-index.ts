// Where each name is in a list, for names asked in much the list's own order: each is first
// compared with the one after the last found, and only when that fails is a table of the whole
// list made. A rerun asks for its pages in the order the last run wrote them (the order the data
// folders list their files in, which file systems keep while the names stay the same), so after
// an edit it finds two hundred thousand pages without hashing one; a page added or removed, or a
// folder listed in another order, costs the table once. Returns -1 for a name not in the list.
export function orderedIndex(names: readonly string[]): (name: string) => number {
  let next = 0
  let table: Map<string, number> | undefined
  return (name) => {
    if (names[next] === name) return next++
    table ??= new Map(names.map((each, index) => [each, index]))
    const found = table.get(name)
    if (found === undefined) return -1
    next = found + 1
    return found
  }
}
