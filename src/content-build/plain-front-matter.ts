// Front matter as nearly every article writes it: one `key: value` a line, a list of short
// points under a key, tags in brackets. Reading it with the YAML library costs about a tenth of
// building the whole article, so this plain shape is read here, to
// the value the library would give (plain-front-matter.test.ts holds the two equal), and
// anything else (a comment, a nested map, an escape, a blank line, a number) is left to the
// library: null.
type Value = string | boolean | null | Value[]

const KEY_LINE = /^([A-Za-z][A-Za-z0-9_]*):(?: +(.*))?$/
const ITEM_LINE = /^( *)- +(.*)$/
// Quoted on one line, with nothing the quotes would treat specially: no escape, no doubled
// quote, no control character, line or paragraph separator or byte order mark.
const DOUBLE_QUOTED = /^"([^"\\\p{Cc}\p{Cs}\p{Zl}\p{Zp}\uFEFF\uFFFE\uFFFF]*)"$/u
const SINGLE_QUOTED = /^'([^'\p{Cc}\p{Cs}\p{Zl}\p{Zp}\uFEFF\uFFFE\uFFFF]*)'$/u
// Words, spaces, dots, hyphens and underscores, starting with a letter or digit and not ending
// in a space: never a comment, an indicator, a key or a flow collection's punctuation.
const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} ._-]*[\p{L}\p{M}\p{N}._-])?$/u
// What YAML 1.2's core schema reads as other than text: these go to the library, except the
// three it reads as true, false and null. A date is text, as the core schema has no dates.
const NOT_TEXT = /^(?:[-+.\d]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/
const DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.+-]+Z?)?$/

function scalar(text: string): Value | undefined {
  const quoted = DOUBLE_QUOTED.exec(text) ?? SINGLE_QUOTED.exec(text)
  if (quoted) return quoted[1]
  if (!PLAIN.test(text)) return undefined
  if (DATE.test(text)) return text
  if (!NOT_TEXT.test(text)) return text
  if (/^(?:true|True|TRUE)$/.test(text)) return true
  if (/^(?:false|False|FALSE)$/.test(text)) return false
  if (/^(?:null|Null|NULL)$/.test(text)) return null
  return undefined
}

// Only spaces separate flow items here; String.trim would take more (a byte order mark, a
// no-break space) than YAML does.
const spaced = (text: string) => text.replace(/^ +| +$/g, '')

// `[a, b]`: text items only, plain or quoted, none of them holding a comma or bracket.
function flowList(text: string): Value[] | undefined {
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined
  const inner = spaced(text.slice(1, -1))
  if (!inner) return []
  const items: Value[] = []
  // An empty item (`[a,,b]`, `[a,]`) is not text, so it goes to the library.
  for (const part of inner.split(',')) {
    const item = spaced(part)
    if (/[[\]{}]/.test(item)) return undefined
    const value = scalar(item)
    if (typeof value !== 'string') return undefined
    items.push(value)
  }
  return items
}

export function readPlainFrontMatter(source: string): Record<string, Value> | null {
  const data: Record<string, Value> = {}
  const lines = source.split('\n')
  for (let at = 0; at < lines.length; at++) {
    const key = KEY_LINE.exec(lines[at] ?? '')
    if (!key?.[1] || scalar(key[1]) !== key[1] || Object.hasOwn(data, key[1])) return null
    const text = key[2]
    if (text !== undefined) {
      const value = text.startsWith('[') ? flowList(text) : scalar(text)
      if (value === undefined) return null
      data[key[1]] = value
      continue
    }
    // A key alone is null, or the list of the items under it, all indented alike.
    const items: Value[] = []
    let indent: string | undefined
    for (let item = ITEM_LINE.exec(lines[at + 1] ?? ''); item;) {
      if (indent !== undefined && item[1] !== indent) return null
      indent = item[1]
      const value = scalar(item[2] ?? '')
      if (value === undefined) return null
      items.push(value)
      at++
      item = ITEM_LINE.exec(lines[at + 1] ?? '')
    }
    data[key[1]] = indent === undefined ? null : items
  }
  return data
}
