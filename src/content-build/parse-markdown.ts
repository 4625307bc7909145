import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { ConstructRecord, Extension } from 'micromark-util-types'

// Made once: combining the extensions is work a build would otherwise repeat for every article.
const everyExtension = gfm()
const everyMdastExtension = gfmFromMarkdown()

// Two of GFM's constructs cost more than all of CommonMark on plain prose, each tried where it
// cannot match: an autolink literal at the start of every word, a table at the start of every
// paragraph, whose whole first line is read as a possible head row. Each needs characters a
// body often lacks, so a body without them is parsed without the construct, to the same tree
// (parse-markdown.test.ts holds the two parses equal):
// - a literal (www.example.com, https://…, desk@example.com) needs `www`, `http` or `@` as
//   written. One spelt with a reference (desk&#64;example.com) is found after parsing, in the
//   decoded text, by an mdast step, so that step is left out only when there is no `&` either;
// - a table needs a delimiter row, which holds `|` or an alignment colon beside a dash.
const autolinkLiteral = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink'])
const table = new Set(['table'])
const mayHoldAutolinkLiteral = (body: string) => /@|www|http/i.test(body)
const mayReferToAutolinkLiteral = (body: string) => /@|www|http|&/i.test(body)
const mayHoldTable = (body: string) => /\||:-|-:/.test(body)

const withoutAutolinkLiteral = leaveOut(everyExtension, autolinkLiteral)
const withoutTable = leaveOut(everyExtension, table)
const withoutEither = leaveOut(everyExtension, new Set([...autolinkLiteral, ...table]))
const withoutAutolinkLiteralStep = everyMdastExtension.filter(
  (extension) => !extension.enter || !('literalAutolink' in extension.enter),
)

// The combined extension without the named constructs. Lists keep their order, so what is left
// is tried exactly as in the whole extension.
function leaveOut(extension: Extension, names: ReadonlySet<string>): Extension {
  const kept = (record: ConstructRecord | undefined): ConstructRecord | undefined =>
    record &&
    Object.fromEntries(
      Object.entries(record).flatMap(([code, value]) => {
        const list = (Array.isArray(value) ? value : value ? [value] : []).filter(
          (construct) => !construct.name || !names.has(construct.name),
        )
        return list.length ? [[code, list]] : []
      }),
    )
  return {
    ...extension,
    document: kept(extension.document),
    contentInitial: kept(extension.contentInitial),
    flowInitial: kept(extension.flowInitial),
    flow: kept(extension.flow),
    string: kept(extension.string),
    text: kept(extension.text),
  }
}

function extensionFor(body: string): Extension {
  const literal = mayHoldAutolinkLiteral(body)
  const tables = mayHoldTable(body)
  if (literal && tables) return everyExtension
  if (literal) return withoutTable
  if (tables) return withoutAutolinkLiteral
  return withoutEither
}

// CommonMark with GitHub's extensions: tables, footnotes, strikethrough, autolink literals and
// task lists. One parser for the build and for the test that walks every node type.
export function parseMarkdown(body: string): Root {
  return fromMarkdown(body, {
    extensions: [extensionFor(body)],
    mdastExtensions: mayReferToAutolinkLiteral(body)
      ? everyMdastExtension
      : withoutAutolinkLiteralStep,
  })
}
