import { describe, expect, test } from 'vitest'
import { makeSectionIds } from './section-ids.ts'

const isReserved = (id: string) => id.startsWith('lede-') || /^p-\d+$/.test(id)

describe('makeSectionIds', () => {
  test('makes readable ids from headings', () => {
    expect(makeSectionIds(['Why they came back', 'What happens next?'])).toEqual([
      'why-they-came-back',
      'what-happens-next',
    ])
  })

  test('numbers duplicate headings -2, -3 in order', () => {
    expect(makeSectionIds(['Background', 'Background', 'Background'])).toEqual([
      'background-section',
      'background-section-2',
      'background-section-3',
    ])
    expect(makeSectionIds(['What comes next', 'What comes next'])).toEqual([
      'what-comes-next',
      'what-comes-next-2',
    ])
  })

  test('a heading that reads like a numbered duplicate never collides with one', () => {
    const before = makeSectionIds(['What comes next 2', 'What comes next', 'What comes next'])
    const after = makeSectionIds(['What comes next', 'What comes next', 'What comes next 2'])
    for (const ids of [before, after]) expect(new Set(ids).size).toBe(3)
    expect(before[0]).toBe('what-comes-next-2')
    expect(after[1]).toBe('what-comes-next-2')
  })

  test.each([
    'location',
    'top',
    'cookie',
    'forms',
    'body',
    'name',
    'parent',
    'self',
    'history',
    'images',
    'domain',
    'defaultView',
    'onload',
    'constructor',
    '__proto__',
  ])('a heading called %s cannot clobber a browser global', (title) => {
    const [id = ''] = makeSectionIds([title])
    expect(id).toContain('-')
    expect(id).not.toBe(title)
    expect(id in window || id in document).toBe(false)
  })

  test('ids never take the app’s prefix or a paragraph’s id', () => {
    const titles = ['Lede', 'Lede main', 'lede-root', 'P 1', 'p-12', 'P']
    const ids = makeSectionIds(titles)
    for (const id of ids) expect(isReserved(id)).toBe(false)
    expect(ids).toEqual([
      'section-lede-section',
      'section-lede-main',
      'section-lede-root',
      'section-p-1',
      'section-p-12',
      'p-section',
    ])
  })

  test('keeps non-Latin headings readable and drops only Latin accents', () => {
    expect(
      makeSectionIds(['Café société', 'Γιατί άλλαξε', 'لماذا الآن', 'なぜ今', 'हिन्दी भाषा']),
    ).toEqual(['cafe-societe', 'γιατι-αλλαξε', 'لماذا-الآن', 'なぜ今-section', 'हिन्दी-भाषा'])
  })

  test('empty or punctuation-only headings still get unique ids', () => {
    expect(makeSectionIds(['', '   ', '?!…'])).toEqual([
      'untitled-section',
      'untitled-section-2',
      'untitled-section-3',
    ])
  })

  test('long headings are cut on a word boundary without a trailing hyphen', () => {
    const [id = ''] = makeSectionIds(['a '.repeat(40) + 'end'])
    expect(id.length).toBeLessThanOrEqual(60)
    expect(id.endsWith('-')).toBe(false)
  })

  test('ids are stable: the same headings always give the same ids', () => {
    const titles = ['One', 'Two', 'One', 'Ünïcödé']
    expect(makeSectionIds(titles)).toEqual(makeSectionIds([...titles]))
  })
})
