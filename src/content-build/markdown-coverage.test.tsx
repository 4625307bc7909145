import { render, screen, within } from '@testing-library/react'
import type { Nodes } from 'mdast'
import { beforeAll, describe, expect, test } from 'vitest'
import { ArticleView } from '../articles/article-view.tsx'
import { preloadAll } from '../lib/preloadable.tsx'
import { buildSite } from './build-site.ts'
import { formatProblem } from './content-problem.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { EnglishWords } from '../lib/words/english-words.tsx'

// Every kind of node the Markdown parser can produce, each with a body that produces it and
// what the reader must then see, or the problem the build must report. The record is keyed by
// mdast's own list of node types, so a type the parser gains is a compile error here until it
// is handled.
type Case =
  | { markdown: string; reader: () => void }
  | { markdown: string; refused: RegExp }
  | { notProduced: string }

const cases: Record<Nodes['type'], Case> = {
  root: { markdown: 'Words.', reader: () => screen.getByText('Words.') },
  paragraph: { markdown: 'A paragraph.', reader: () => screen.getByText('A paragraph.') },
  heading: {
    markdown: 'Text.\n\n## A section\n\nMore.\n\n### A part\n\nEnd.',
    reader: () => {
      screen.getByRole('heading', { level: 2, name: 'A section' })
      expect(screen.getByRole('heading', { level: 3, name: 'A part' })).toHaveAttribute('id')
    },
  },
  thematicBreak: { markdown: 'A.\n\n---\n\nB.', reader: () => screen.getByRole('separator') },
  blockquote: {
    markdown: '> Quoted.\n>\n> — Someone',
    reader: () => {
      screen.getByText('Quoted.')
      screen.getByText(/Someone/)
    },
  },
  list: {
    markdown: '3. Three\n4. Four',
    reader: () => expect(screen.getByRole('list')).toHaveAttribute('start', '3'),
  },
  listItem: {
    markdown: '- One\n- Two',
    reader: () =>
      expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'One',
        'Two',
      ]),
  },
  code: {
    markdown: '```sh\nnpm start\n```',
    reader: () => {
      screen.getByText('npm start')
      screen.getByText('sh')
    },
  },
  html: {
    markdown: 'Shown <b>raw</b> and m<sup>2</sup>.<!-- hidden -->',
    reader: () => {
      screen.getByText(/Shown <b>raw<\/b> and m/)
      expect(screen.getByText('2').tagName).toBe('SUP')
      expect(screen.queryByText(/hidden/)).toBeNull()
    },
  },
  definition: {
    markdown: 'See [the site][site].\n\n[site]: https://example.com',
    reader: () =>
      expect(screen.getByRole('link', { name: 'the site' })).toHaveAttribute(
        'href',
        'https://example.com',
      ),
  },
  text: { markdown: 'Plain text.', reader: () => screen.getByText('Plain text.') },
  emphasis: {
    markdown: 'An *emphatic* word.',
    reader: () => expect(screen.getByText('emphatic').tagName).toBe('EM'),
  },
  strong: {
    markdown: 'A **strong** word.',
    reader: () => expect(screen.getByText('strong').tagName).toBe('STRONG'),
  },
  delete: { markdown: 'A ~~struck~~ word.', reader: () => screen.getByRole('deletion') },
  inlineCode: {
    markdown: 'Run `ls`.',
    reader: () => expect(screen.getByText('ls').tagName).toBe('CODE'),
  },
  break: {
    markdown: 'One\\\nTwo',
    reader: () => expect(screen.getByText(/One/)).toContainHTML('One<br>Two'),
  },
  link: {
    markdown: 'At www.example.com.',
    reader: () => screen.getByRole('link', { name: 'www.example.com' }),
  },
  linkReference: {
    markdown: '[Ref] here.\n\n[ref]: https://example.com/ref',
    reader: () => screen.getByRole('link', { name: 'Ref' }),
  },
  image: {
    markdown: 'Text.\n\n![A heron](https://example.com/heron.jpg)',
    refused: /image: .*https:/,
  },
  imageReference: {
    markdown: 'Text.\n\n![A heron][h]\n\n[h]: https://example.com/heron.jpg',
    refused: /image: .*https:/,
  },
  table: {
    markdown: '| a | b |\n| - | - |\n| 1 | 2 |',
    reader: () =>
      expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2),
  },
  tableRow: {
    markdown: '| a |\n| - |\n| 1 |\n| 2 |',
    reader: () => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3),
  },
  tableCell: {
    markdown: '| a |\n| - |\n| cell |',
    reader: () => screen.getByRole('cell', { name: 'cell' }),
  },
  footnoteReference: {
    markdown: 'Claim.[^1]\n\n[^1]: Source.',
    reader: () =>
      expect(screen.getByRole('link', { name: 'Note 1' })).toHaveAttribute('href', '#fn-1'),
  },
  footnoteDefinition: {
    markdown: 'Claim.[^1]\n\n[^1]: The source.',
    reader: () => {
      const notes = screen.getByRole('region', { name: 'Notes' })
      within(notes).getByText('The source.')
      expect(within(notes).getByRole('link', { name: 'Back to reference 1' })).toHaveAttribute(
        'href',
        '#fnref-1',
      )
    },
  },
  yaml: {
    notProduced: 'the parser has no front matter extension; front matter is split off first',
  },
}

const build = (markdown: string) =>
  buildSite(
    [
      {
        file: 'content/articles/walk.md',
        text: `---\ntitle: Walk\ndate: 2026-11-20\n---\n${markdown}\n`,
      },
    ],
    { summarise: () => [{ text: 'Point.', paragraphId: 'p-1' }] },
  )

const typesIn = (markdown: string): Set<string> => {
  const found = new Set<string>()
  const walk = (node: Nodes) => {
    found.add(node.type)
    if ('children' in node) node.children.forEach((child) => walk(child))
  }
  walk(parseMarkdown(markdown))
  return found
}

beforeAll(async () => {
  await preloadAll()
})

describe('every mdast node type is rendered or refused', () => {
  for (const [type, example] of Object.entries(cases)) {
    if ('notProduced' in example) {
      test(`${type} is never produced: ${example.notProduced}`, () => {
        expect(typesIn('---\ntitle: x\n---\n\nText.')).not.toContain(type)
      })
      continue
    }
    test(`${type}`, () => {
      expect(typesIn(example.markdown), 'the example produces the node').toContain(type)
      const site = build(example.markdown)
      if ('refused' in example) {
        expect('problems' in site && site.problems.map(formatProblem).join('\n')).toMatch(
          example.refused,
        )
        return
      }
      if ('problems' in site) throw new Error(site.problems.map(formatProblem).join('\n'))
      const [article] = site.articles
      if (!article) throw new Error('no article')
      render(<ArticleView article={article} prefetch={() => {}} fetchAhead={() => {}} />, {
        wrapper: EnglishWords,
      })
      example.reader()
    })
  }
})
