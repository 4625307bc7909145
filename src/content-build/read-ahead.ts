// Reads items in order, with up to `ahead` reads started before they are wanted: the disk and
// the parser keep busy while the consumer waits on something else, and no more than `ahead`
// results are held at once, however many items there are.
export async function* readAhead<Item, Result>(
  items: readonly Item[],
  ahead: number,
  read: (item: Item) => Promise<Result>,
): AsyncGenerator<Result> {
  const pending: Promise<Result>[] = []
  let next = 0
  const start = (item: Item) => {
    const result = read(item)
    // A read that fails ahead of its turn is thrown in its turn, not reported as unhandled now.
    result.catch(() => undefined)
    return result
  }
  while (next < items.length || pending.length) {
    while (next < items.length && pending.length < Math.max(1, ahead)) {
      pending.push(start(items[next++] as Item))
    }
    const result = pending.shift()
    if (result) yield await result
  }
}
