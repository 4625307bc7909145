import { act, fireEvent, render, screen, type RenderResult } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import type { Suggestion } from './did-you-mean.tsx'
import { SearchPage, type SearchState } from './search-page.tsx'
import { EnglishWords } from '../lib/words/english-words.tsx'

const found: SearchState = {
  kind: 'found',
  results: [{ url: '/articles/otters', excerpt: '<mark>otters</mark>', meta: { title: 'Otters' } }],
  total: 1,
  more: false,
}
const nothing: SearchState = { kind: 'found', results: [], total: 0, more: false }

// `n` results of the 23 that match, as a search shows them a few at a time.
const firstOf23 = (n: number): SearchState => ({
  kind: 'found',
  results: Array.from({ length: n }, (_, i) => ({
    url: `/articles/tide-${i + 1}`,
    excerpt: '<mark>tide</mark>',
    meta: { title: `Tide ${i + 1}` },
  })),
  total: 23,
  more: n < 23,
})

function setup(state: SearchState, query = 'otters', suggestion: Suggestion | null = null) {
  const onQuery = vi.fn()
  const onLanguage = vi.fn()
  const onMore = vi.fn()
  const page = (current: SearchState, loadingMore = false) => (
    <SearchPage
      query={query}
      lang="en"
      languages={[
        { lang: 'en', count: 3 },
        { lang: 'el', count: 1 },
      ]}
      state={current}
      topics={[{ slug: 'river', name: 'river', count: 2 }]}
      suggestion={suggestion}
      onQuery={onQuery}
      onLanguage={onLanguage}
      onMore={onMore}
      loadingMore={loadingMore}
    />
  )
  const view: RenderResult = render(page(state), { wrapper: EnglishWords })
  const rerender = (next: SearchState, loadingMore = false) =>
    view.rerender(page(next, loadingMore))
  return { onQuery, onLanguage, onMore, rerender, user: userEvent.setup() }
}

test('the number of results is told in a status, and the field has focus', () => {
  setup(found)
  expect(screen.getByRole('status')).toHaveTextContent('1 article found')
  expect(screen.getByRole('searchbox', { name: 'Search the articles' })).toHaveFocus()
})

test('no results says so and offers the topics', () => {
  setup(nothing, 'zzz')
  expect(screen.getByRole('status')).toHaveTextContent('No article matches “zzz”.')
  expect(screen.getByRole('link', { name: 'river' })).toHaveAttribute('href', '/topics/river')
})

test('down goes from the field to the results, Escape back and then clears the field', async () => {
  const { user, onQuery } = setup(found)
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('link', { name: 'Otters' })).toHaveFocus()
  await user.keyboard('{Escape}')
  const field = screen.getByRole('searchbox', { name: 'Search the articles' })
  expect(field).toHaveFocus()
  await user.keyboard('{Escape}')
  expect(field).toHaveValue('')
  expect(onQuery).toHaveBeenLastCalledWith('', false)
})

test('Enter keeps the words at once, and the language can be chosen', async () => {
  const { user, onQuery, onLanguage } = setup({ kind: 'idle' }, '')
  await user.keyboard('tide{Enter}')
  expect(onQuery).toHaveBeenLastCalledWith('tide', true)
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the articles' }), 'el')
  expect(onLanguage).toHaveBeenCalledWith('el')
})

test('typing updates the query once, when the typing pauses, not at every letter', () => {
  // The test's clock says how long the reader pauses; each letter is put in as the field's
  // value, as typing does, with no clock of its own.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  try {
    const { onQuery } = setup({ kind: 'idle' }, '')
    const field = screen.getByRole('searchbox', { name: 'Search the articles' })
    for (const words of ['t', 'ti', 'tid', 'tide']) {
      fireEvent.change(field, { target: { value: words } })
      act(() => vi.advanceTimersByTime(80))
    }
    expect(onQuery).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(40))
    expect(onQuery).toHaveBeenCalledTimes(1)
    expect(onQuery).toHaveBeenCalledWith('tide', false)
  } finally {
    vi.useRealTimers()
  }
})

test('a search that found nothing offers the closest words as a search of their own', () => {
  setup(nothing, 'otetrs', { query: 'otters', href: '/search?q=otters' })
  expect(screen.getByText(/did you mean/i)).toHaveTextContent('Did you mean otters?')
  expect(screen.getByRole('link', { name: 'otters' })).toHaveAttribute('href', '/search?q=otters')
})

test('no suggestion is offered while there are results', () => {
  setup(found, 'otters', { query: 'otters', href: '/search?q=otters' })
  expect(screen.queryByText(/did you mean/i)).not.toBeInTheDocument()
})

test('a few results are shown first, and the status says how many of how many', () => {
  setup(firstOf23(5), 'tide')
  expect(screen.getByRole('status')).toHaveTextContent('23 articles found; showing 1 to 5')
  expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(5)
  expect(screen.getByRole('button', { name: 'Show more results' })).toBeVisible()
})

test('more results by mouse: the first new one takes the focus, and the status tells the count', async () => {
  const { user, onMore, rerender } = setup(firstOf23(5), 'tide')
  await user.click(screen.getByRole('button', { name: 'Show more results' }))
  expect(onMore).toHaveBeenCalledTimes(1)
  rerender(firstOf23(5), true)
  rerender(firstOf23(15))
  expect(screen.getByRole('link', { name: 'Tide 6' })).toHaveFocus()
  expect(screen.getByRole('status')).toHaveTextContent('23 articles found; showing 1 to 15')
})

test('more results by keyboard, until there are no more and the button goes', async () => {
  const { user, onMore, rerender } = setup(firstOf23(15), 'tide')
  screen.getByRole('button', { name: 'Show more results' }).focus()
  await user.keyboard('{Enter}')
  expect(onMore).toHaveBeenCalledTimes(1)
  rerender(firstOf23(23))
  expect(screen.getByRole('link', { name: 'Tide 16' })).toHaveFocus()
  expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument()
  expect(screen.getByRole('status')).toHaveTextContent('23 articles found; showing 1 to 23')
})

test('the button asks for nothing more while the next results load, and keeps its focus', async () => {
  const { user, onMore, rerender } = setup(firstOf23(5), 'tide')
  const button = screen.getByRole('button', { name: 'Show more results' })
  await user.click(button)
  rerender(firstOf23(5), true)
  expect(button).toHaveAttribute('aria-disabled', 'true')
  await user.click(button)
  expect(onMore).toHaveBeenCalledTimes(1)
  expect(button).toHaveFocus()
})

test('results that come with a new search take no focus from the field', async () => {
  const { user, rerender } = setup(firstOf23(5), 'tide')
  await user.click(screen.getByRole('searchbox', { name: 'Search the articles' }))
  rerender(firstOf23(15))
  expect(screen.getByRole('searchbox', { name: 'Search the articles' })).toHaveFocus()
})

test('a letter typed as the address catches up with the settled words is kept', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  try {
    const onQuery = vi.fn()
    const page = (query: string) => (
      <SearchPage
        query={query}
        lang="en"
        languages={[{ lang: 'en', count: 3 }]}
        state={{ kind: 'idle' }}
        topics={undefined}
        onQuery={onQuery}
        onLanguage={vi.fn()}
        onMore={vi.fn()}
        loadingMore={false}
      />
    )
    const { rerender } = render(page(''), { wrapper: EnglishWords })
    const field = screen.getByRole('searchbox', { name: 'Search the articles' })
    fireEvent.change(field, { target: { value: 'tid' } })
    act(() => vi.advanceTimersByTime(120))
    expect(onQuery).toHaveBeenLastCalledWith('tid', false)
    fireEvent.change(field, { target: { value: 'tide' } })
    rerender(page('tid'))
    expect(field).toHaveValue('tide')
    // Back, to words of its own: the field follows.
    rerender(page('otters'))
    expect(field).toHaveValue('otters')
  } finally {
    vi.useRealTimers()
  }
})
