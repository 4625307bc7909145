import { expect, test } from 'vitest'
import { articleFixture } from './article-fixture.ts'
import { countSearchWords, searchWords } from './search-words.ts'

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  id: 'p-1',
  children: [{ type: 'text' as const, text }],
})

test('the words are the articles’ own, lower case, without stop words, short words or numbers', () => {
  const article = articleFixture({
    slug: 'o',
    title: 'Otters return',
    opening: [paragraph('The otters left spraint by the river in 2026, and they are back.')],
    sections: [],
    tags: ['wildlife'],
  })
  expect(searchWords([article]).sort()).toEqual(
    ['back', 'left', 'otters', 'return', 'river', 'spraint', 'wildlife'].sort(),
  )
})

test('the words in most articles come first, and the list is cut at its bound', () => {
  const articles = [
    articleFixture({ slug: 'a', title: 'Harbour tide', opening: [], sections: [], tags: [] }),
    articleFixture({ slug: 'b', title: 'Harbour storm', opening: [], sections: [], tags: [] }),
  ]
  expect(searchWords(articles)).toEqual(['harbour', 'storm', 'tide'])
  expect(searchWords(articles, 1)).toEqual(['harbour'])
})

test('Greek and Arabic words are kept whole, in their own script', () => {
  const greek = articleFixture({
    slug: 'g',
    lang: 'el',
    title: 'Νέα δρομολόγια για το πλοίο',
    opening: [],
    sections: [],
    tags: [],
  })
  const arabic = articleFixture({
    slug: 'r',
    lang: 'ar',
    title: 'الإذاعة المجتمعية تحتفل',
    opening: [],
    sections: [],
    tags: [],
  })
  expect(searchWords([greek])).toEqual(expect.arrayContaining(['δρομολόγια', 'πλοίο']))
  expect(searchWords([arabic])).toEqual(expect.arrayContaining(['الإذاعة', 'المجتمعية']))
})

test('words are counted article by article: each addition moves the list on from where it was', () => {
  const count = countSearchWords()
  const article = (slug: string, title: string) =>
    articleFixture({ slug, title, opening: [], sections: [], tags: [] })
  count.add(article('a', 'Harbour tide'))
  expect(count.words()).toEqual(['harbour', 'tide'])
  count.add(article('b', 'Storm tide'))
  expect(count.words()).toEqual(['tide', 'harbour', 'storm'])
  count.add(article('c', 'Storm warning'))
  count.add(article('d', 'Storm surge'))
  expect(count.words(2)).toEqual(['storm', 'tide'])
})
