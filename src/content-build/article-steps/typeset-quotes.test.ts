import { expect, test } from 'vitest'
import type { Block, Inline } from '../../articles/block-schema.ts'
import { articleDraft } from '../article-draft-fixture.ts'
import { articleSteps, buildArticle } from '../build-article.ts'
import { typesetQuotes } from './typeset-quotes.ts'

const text = (value: string): Inline => ({ type: 'text', text: value })
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', id: 'p-1', children })

function typesetText(value: string, lang: string): string {
  const { draft } = typesetQuotes(articleDraft({ lang, opening: [paragraph(text(value))] }))
  const block = draft.opening[0]
  const first = block?.type === 'paragraph' ? block.children[0] : undefined
  return first?.type === 'text' ? first.text : ''
}

test('English sets curly quotes, nested single quotes and apostrophes', () => {
  expect(typesetText(`She said, "It's the '90s, they 'say'."`, 'en')).toBe(
    'She said, “It’s the ’90s, they ‘say’.”',
  )
  expect(typesetText(`"'Tide' is the word," he said.`, 'en-GB')).toBe(
    '“‘Tide’ is the word,” he said.',
  )
})

test('French sets guillemets with a narrow no-break space inside, and apostrophes', () => {
  expect(typesetText(`Il a dit "l'eau monte" hier.`, 'fr')).toBe(
    'Il a dit «\u202fl’eau monte\u202f» hier.',
  )
  expect(typesetText(`"Le mot 'marée' suffit."`, 'fr')).toBe(
    '«\u202fLe mot ‹\u202fmarée\u202f› suffit.\u202f»',
  )
})

test('German sets low opening quotes, and an apostrophe is never its inner closing mark', () => {
  expect(typesetText(`Er sagte: "Geht's? 'Ja', sagte sie."`, 'de')).toBe(
    'Er sagte: „Geht’s? ‚Ja‘, sagte sie.“',
  )
  expect(typesetText(`Die '90er und Hans' Boot.`, 'de')).toBe('Die ’90er und Hans’ Boot.')
})

test('Spanish, Greek and Arabic set guillemets outside', () => {
  expect(typesetText(`Dijo "hola 'amigo'".`, 'es')).toBe('Dijo «hola “amigo”».')
  expect(typesetText(`Είπε "καλημέρα".`, 'el')).toBe('Είπε «καλημέρα».')
  expect(typesetText(`قال "مرحبا" للجميع.`, 'ar')).toBe('قال «مرحبا» للجميع.')
})

test('a language without listed marks keeps what the author typed', () => {
  expect(typesetText(`"Kaikki" on hyvin.`, 'fi')).toBe(`"Kaikki" on hyvin.`)
})

test('a quote around an emphasis or a link pairs across the inline nodes', () => {
  const { draft } = typesetQuotes(
    articleDraft({
      lang: 'de',
      opening: [
        paragraph(
          text('Sie nannte es "'),
          { type: 'emphasis', children: [text('Flut')] },
          text('" und "'),
          { type: 'link', href: '/articles/a"b', children: [text("Hafen's")] },
          text('".'),
        ),
      ],
    }),
  )
  expect(draft.opening[0]).toEqual(
    paragraph(
      text('Sie nannte es „'),
      { type: 'emphasis', children: [text('Flut')] },
      text('“ und „'),
      { type: 'link', href: '/articles/a"b', children: [text('Hafen’s')] },
      text('“.'),
    ),
  )
})

test('code is never touched, and a quote around it still pairs', () => {
  const { draft } = typesetQuotes(
    articleDraft({
      opening: [
        paragraph(text('Type "'), { type: 'code', text: `echo "it's"` }, text('" to see.')),
        { type: 'code', text: `say "hello" 'there'` },
      ],
    }),
  )
  expect(draft.opening).toEqual([
    paragraph(text('Type “'), { type: 'code', text: `echo "it's"` }, text('” to see.')),
    { type: 'code', text: `say "hello" 'there'` },
  ])
})

test('titles, the standfirst, nested blocks, tables and footnotes are set too', () => {
  const { draft } = typesetQuotes(
    articleDraft({
      title: `The "Dock's" Last Day`,
      standfirst: `It's over.`,
      summary: { source: 'editor', points: [{ text: `"Done," they said.`, paragraphId: null }] },
      sections: [
        {
          id: 'the-docks-end',
          title: `The dock's end`,
          blocks: [
            {
              type: 'quote',
              blocks: [
                {
                  type: 'list',
                  ordered: false,
                  start: null,
                  items: [{ checked: null, blocks: [paragraph(text(`"Go"`))] }],
                },
              ],
              attribution: [text(`The captain's mate`)],
            },
            {
              type: 'table',
              align: [null],
              head: [[text(`"Day"`)]],
              rows: [[[text(`Mon's`)]]],
              caption: [text(`'Tides'`)],
            },
          ],
        },
      ],
      footnotes: [{ id: 'note-1', number: 1, refIds: ['ref-1'], blocks: [paragraph(text(`"x"`))] }],
    }),
  )
  expect(draft.title).toBe('The “Dock’s” Last Day')
  expect(draft.standfirst).toBe('It’s over.')
  expect(draft.summary.points[0]?.text).toBe('“Done,” they said.')
  const section = draft.sections[0]
  expect(section?.title).toBe('The dock’s end')
  expect(section?.blocks).toEqual([
    {
      type: 'quote',
      blocks: [
        {
          type: 'list',
          ordered: false,
          start: null,
          items: [{ checked: null, blocks: [paragraph(text('“Go”'))] }],
        },
      ],
      attribution: [text('The captain’s mate')],
    },
    {
      type: 'table',
      align: [null],
      head: [[text('“Day”')]],
      rows: [[[text('Mon’s')]]],
      caption: [text('‘Tides’')],
    },
  ])
  expect(draft.footnotes?.[0]?.blocks).toEqual([paragraph(text('“x”'))])
})

test('section and heading ids stay as they were made from the titles as typed', () => {
  const source = [
    '---',
    'title: Harbour',
    'date: 2026-11-20',
    'lang: en',
    '---',
    '',
    `The harbour's "first" day.`,
    '',
    `## The "dock's" end`,
    '',
    `It's "done".`,
    '',
    `### "Tides" again`,
    '',
    'And again.',
  ].join('\n')
  const build = (withQuotes: boolean) => {
    const steps = articleSteps(() => [])
    const enriching = steps.enriching.filter((step) => withQuotes || step !== typesetQuotes)
    const built = buildArticle({ file: 'content/articles/harbour.md', text: source }, () => [], {
      ...steps,
      enriching,
    })
    if (!('draft' in built)) throw new Error(JSON.stringify(built.problems))
    return built.draft.sections[0]
  }
  const typed = build(false)
  const section = build(true)
  expect(typed?.title).toBe(`The "dock's" end`)
  expect(section?.title).toBe('The “dock’s” end')
  expect(section?.id).toBe('the-dock-s-end')
  expect(section?.id).toBe(typed?.id)
  expect(typed?.blocks[1]).toMatchObject({ type: 'subheading', id: 'tides-again' })
  expect(section?.blocks[1]).toMatchObject({
    type: 'subheading',
    id: 'tides-again',
    children: [text('“Tides” again')],
  })
})

test("the lead image's alt text, caption and credit get typographic quotes", () => {
  const image = {
    alt: "An otter's head",
    src: '/images/otter-abc-800.png',
    width: 1200,
    height: 675,
    type: 'image/png' as const,
    avif: [],
    webp: [],
    fallback: [],
    caption: 'The "new" otters',
    credit: null,
  }
  const { draft } = typesetQuotes(articleDraft({ image }))
  expect(draft.image).toMatchObject({
    alt: 'An otter’s head',
    caption: 'The “new” otters',
    credit: null,
  })
})

test("a figure's alt text gets typographic quotes", () => {
  const figure: Block = {
    type: 'figure',
    image: {
      alt: "Harwick's trams",
      src: '/images/map-abc-800.png',
      width: 800,
      height: 450,
      type: 'image/png',
      avif: [],
      webp: [],
      fallback: [],
    },
    caption: null,
    credit: null,
  }
  const { draft } = typesetQuotes(articleDraft({ opening: [figure] }))
  expect(draft.opening[0]).toMatchObject({ image: { alt: 'Harwick’s trams' } })
})
