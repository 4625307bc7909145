// @vitest-environment node
import { expect, test } from 'vitest'
import { quotationFragments } from './quotation-fragment.ts'
import { splitSentences } from './split-sentences.ts'

const kinds = (paragraph: string) =>
  quotationFragments(paragraph, splitSentences(paragraph)).map((fragment) => fragment?.kind ?? null)

test('a sentence that carries its quotation whole is no fragment', () => {
  expect(kinds('"We are ready," said Ann Reid. The match starts at noon.')).toEqual([null, null])
  expect(kinds('He called the plan "naive" on Monday.')).toEqual([null])
  expect(kinds('No quotation here. None here either.')).toEqual([null, null])
})

test('half a quotation is a cut fragment, on either side of the cut', () => {
  const paragraph = '"The ferry is busy. Crossings were full," said Ann Reid. The timetable is new.'
  const fragments = quotationFragments(paragraph, splitSentences(paragraph))
  expect(fragments).toEqual([
    { kind: 'cut', continued: false, runsOn: true },
    { kind: 'cut', continued: true, runsOn: false },
    null,
  ])
})

test('a sentence in the middle of a quotation, with no marks of its own, is cut', () => {
  expect(kinds('She said: "It was hard. We kept going. We won," and left.')).toEqual([
    'cut',
    'cut',
    'cut',
  ])
})

test('a quotation with no speaker in it is unattributed', () => {
  expect(kinds('"I think so," said Ann Reid. "He is right."')).toEqual([null, 'unattributed'])
})

test('a quotation running over paragraphs opens again without closing', () => {
  // Text flattened from two paragraphs of one quotation: `"A. "B."`.
  expect(kinds('"I am sure there are none. "I am happy here." He smiled.')).toEqual([
    'cut',
    'cut',
    null,
  ])
  // A closing mark with nothing open: the quotation began in the paragraph before.
  expect(kinds('It was over. We had won," said Reid. Fans sang.')).toEqual(['cut', 'cut', null])
})

test('typographic marks of English, French and German', () => {
  expect(kinds('“It was hard. We won,” she said.')).toEqual(['cut', 'cut'])
  expect(kinds('« C’était dur. Nous avons gagné », dit-elle.')).toEqual(['cut', 'cut'])
  expect(kinds('„Es war schwer. Wir haben gewonnen“, sagte sie.')).toEqual(['cut', 'cut'])
  expect(kinds('„Wir haben gewonnen“, sagte sie. Das Spiel ist aus.')).toEqual([null, null])
})
