// @vitest-environment node
import { expect, test } from 'vitest'
import { splitSentences } from './split-sentences.ts'
import { summarise, type SummaryInput } from './summarise.ts'

// A made-up article with an opening and two sections on different subjects.
const sectioned: SummaryInput = {
  title: 'City approves tram extension to the airport',
  lang: 'en-GB',
  paragraphs: [
    {
      id: 'lead',
      text: 'Councillors have approved a £90m extension of the city tram line to the airport, with building work due to start next spring.',
      section: 0,
    },
    {
      id: 'vote',
      text: 'The vote passed by 41 to 12 after a three-hour debate. Opponents said the tram extension would cost too much. Supporters said the airport tram would take cars off the ring road.',
      section: 0,
    },
    {
      id: 'route',
      text: 'The new route runs for six kilometres from the central station. It will have five stops, including one at the hospital and one at the business park.',
      section: 0,
    },
    {
      id: 'money-1',
      text: 'The money comes from a government transport grant and from the city’s own budget. The grant covers two thirds of the cost. The council will borrow the rest over thirty years.',
      section: 1,
    },
    {
      id: 'money-2',
      text: 'Borrowing costs will add about £2 a year to a typical council tax bill, the finance office said.',
      section: 1,
    },
    {
      id: 'works-1',
      text: 'Roadworks on the airport road will close one lane for eighteen months. Night buses will follow a diversion while the track is laid.',
      section: 2,
    },
    {
      id: 'works-2',
      text: 'Shops along the road can claim compensation for lost trade during the roadworks.',
      section: 2,
    },
  ],
}

const allSentences = (input: SummaryInput) =>
  input.paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph.text).map((text) => ({ text, paragraphId: paragraph.id })),
  )

test('three points by default, each a sentence of the paragraph it names', () => {
  const points = summarise(sectioned)
  expect(points).toHaveLength(3)
  for (const point of points) {
    const paragraph = sectioned.paragraphs.find(({ id }) => id === point.paragraphId)
    expect(paragraph && splitSentences(paragraph.text)).toContain(point.text)
  }
})

test('points come in article order', () => {
  const order = allSentences(sectioned).map(({ text }) => text)
  const positions = summarise(sectioned, { sentences: 6 }).map(({ text }) => order.indexOf(text))
  expect(positions).toEqual([...positions].sort((a, b) => a - b))
  expect(new Set(positions).size).toBe(6)
})

test('the same article always gives the same summary', () => {
  const first = summarise(sectioned)
  expect(summarise(structuredClone(sectioned))).toEqual(first)
  expect(summarise(sectioned)).toEqual(first)
})

test('an article with sections is summed up from more than its opening', () => {
  const sections = summarise(sectioned).map(
    (point) => sectioned.paragraphs.find(({ id }) => id === point.paragraphId)?.section,
  )
  expect(sections.some((section) => section !== 0)).toBe(true)
})

test('the lead leads when nothing else stands out', () => {
  // No two sentences share a word, so centrality cannot choose; position does.
  const input: SummaryInput = {
    title: 'Notes',
    lang: 'en',
    paragraphs: [
      {
        id: 'p1',
        text: 'Volunteers planted oaks. Bakers sold bread. Swimmers crossed lakes. Pilots landed gliders. Musicians tuned violins. Farmers harvested barley.',
        section: 0,
      },
    ],
  }
  expect(summarise(input, { sentences: 1 })).toEqual([
    { text: 'Volunteers planted oaks.', paragraphId: 'p1' },
  ])
})

test('does not say the same thing twice', () => {
  const repeated = 'The bridge over the river will close for repairs from Monday.'
  const input: SummaryInput = {
    title: 'Bridge to close for repairs',
    lang: 'en',
    paragraphs: [
      { id: 'p1', text: `${repeated} Drivers should use the ring road instead.`, section: 0 },
      { id: 'p2', text: `Engineers found cracks last month. ${repeated}`, section: 0 },
      {
        id: 'p3',
        text: 'The repairs should take six weeks. The river path stays open.',
        section: 0,
      },
    ],
  }
  const texts = summarise(input, { sentences: 3 }).map(({ text }) => text)
  expect(texts.filter((text) => text === repeated)).toHaveLength(1)
})

test('a short article gets a short summary', () => {
  const short = (text: string): SummaryInput => ({
    title: 'Short',
    lang: 'en',
    paragraphs: [{ id: 'p1', text, section: 0 }],
  })
  expect(summarise(short('The library reopens on Monday.'))).toHaveLength(1)
  expect(
    summarise(short('The library reopens on Monday. It was shut for a month. Books are back.')),
  ).toHaveLength(1)
  expect(summarise(short('One here. Two here. Three here. Four here. Five here.'))).toHaveLength(2)
})

test('keeps to an asked-for length within the article', () => {
  expect(summarise(sectioned, { sentences: 5 })).toHaveLength(5)
  // Every sentence, some of them joined into one point with the sentence they lean on.
  const everything = summarise(sectioned, { sentences: 100 })
  expect(everything.flatMap(({ text }) => splitSentences(text))).toHaveLength(
    allSentences(sectioned).length,
  )
  expect(summarise(sectioned, { sentences: 0 })).toHaveLength(1)
})

test('never empty when the article has text, empty when it has none', () => {
  const only = (text: string): SummaryInput => ({
    title: '',
    lang: 'en',
    paragraphs: [{ id: 'p1', text, section: 0 }],
  })
  expect(summarise(only('It is.'))).toEqual([{ text: 'It is.', paragraphId: 'p1' }])
  expect(summarise(only('No full stop at the end'))).toHaveLength(1)
  expect(summarise({ title: 'Nothing', lang: 'en', paragraphs: [] })).toEqual([])
  expect(summarise(only('   '))).toEqual([])
})

test('summarises other languages without English stems or stop words', () => {
  const french: SummaryInput = {
    title: 'Le tramway arrive à l’aéroport',
    lang: 'fr',
    paragraphs: [
      {
        id: 'p1',
        text: 'Le conseil municipal a approuvé le prolongement du tramway jusqu’à l’aéroport. Les travaux commenceront au printemps.',
        section: 0,
      },
      {
        id: 'p2',
        text: 'Le tramway desservira aussi l’hôpital. Le prolongement coûtera 90 millions d’euros. Les commerçants seront indemnisés.',
        section: 0,
      },
    ],
  }
  const points = summarise(french)
  expect(points.length).toBeGreaterThan(0)
  expect(points.every(({ paragraphId }) => ['p1', 'p2'].includes(paragraphId))).toBe(true)

  const japanese: SummaryInput = {
    title: '空港への路面電車',
    lang: 'ja',
    paragraphs: [
      {
        id: 'p1',
        text: '市議会は空港までの路面電車の延伸を承認した。工事は来春に始まる。',
        section: 0,
      },
      { id: 'p2', text: '路面電車は病院にも停車する。費用は九十億円である。', section: 0 },
    ],
  }
  const japanesePoints = summarise(japanese)
  expect(japanesePoints.length).toBeGreaterThan(0)
  expect(japanesePoints[0]?.text.endsWith('。')).toBe(true)

  expect(summarise({ ...french, lang: 'not a language tag!' })).toHaveLength(points.length)
})

const quoted: SummaryInput = {
  title: 'Harbour ferry to run all winter',
  lang: 'en',
  paragraphs: [
    {
      id: 'p1',
      text: 'The harbour ferry will run all winter for the first time, the port authority said on Monday.',
      section: 0,
    },
    {
      id: 'p2',
      text: 'However, the winter ferry will sail only twice a day. The authority said the winter timetable would be reviewed in March. "The ferry is busy all year. Winter crossings were full every weekend," said harbour master Ann Reid.',
      section: 0,
    },
    {
      id: 'p3',
      text: 'She said the ferry crew had asked for the change. The ferry will carry bicycles free of charge in winter.',
      section: 0,
    },
  ],
}

test('each point reads on its own', () => {
  const points = summarise(quoted, { sentences: 6 }).map(({ text }) => text)
  // A linking word is dropped and the next word capitalised.
  expect(points).toContain('The winter ferry will sail only twice a day.')
  // A quotation is given whole, never half of it.
  expect(points.filter((point) => point.includes('The ferry is busy all year'))).toEqual([
    '"The ferry is busy all year. Winter crossings were full every weekend," said harbour master Ann Reid.',
  ])
  // "She" opens its paragraph, so nothing in it says who she is: it comes after all the rest.
  expect(points.some((point) => point.startsWith('She said'))).toBe(false)
})
