import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import type { Suggestion } from './did-you-mean.tsx'
import { SearchPage, type SearchState } from './search-page.tsx'

const found: SearchState = {
  kind: 'found',
  results: [{ url: '/articles/otters', excerpt: '<mark>otters</mark>', meta: { title: 'Otters' } }],
}

function setup(state: SearchState, query = 'otters', suggestion: Suggestion | null = null) {
  const onQuery = vi.fn()
  const onLanguage = vi.fn()
  render(
    <SearchPage
      query={query}
      lang="en"
      languages={[
        { lang: 'en', count: 3 },
        { lang: 'el', count: 1 },
      ]}
      state={state}
      topics={[{ slug: 'river', name: 'river', count: 2 }]}
      suggestion={suggestion}
      onQuery={onQuery}
      onLanguage={onLanguage}
    />,
  )
  return { onQuery, onLanguage, user: userEvent.setup() }
}

test('the number of results is told in a status, and the field has focus', () => {
  setup(found)
  expect(screen.getByRole('status')).toHaveTextContent('1 article found')
  expect(screen.getByRole('searchbox', { name: 'Search the articles' })).toHaveFocus()
})

test('no results says so and offers the topics', () => {
  setup({ kind: 'found', results: [] }, 'zzz')
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

test('typing updates the query, Enter keeps it, and the language can be chosen', async () => {
  const { user, onQuery, onLanguage } = setup({ kind: 'idle' }, '')
  await user.keyboard('tide{Enter}')
  expect(onQuery).toHaveBeenCalledWith('tide', false)
  expect(onQuery).toHaveBeenLastCalledWith('tide', true)
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the articles' }), 'el')
  expect(onLanguage).toHaveBeenCalledWith('el')
})

test('a search that found nothing offers the closest words as a search of their own', () => {
  setup({ kind: 'found', results: [] }, 'otetrs', { query: 'otters', href: '/search?q=otters' })
  expect(screen.getByText(/did you mean/i)).toHaveTextContent('Did you mean otters?')
  expect(screen.getByRole('link', { name: 'otters' })).toHaveAttribute('href', '/search?q=otters')
})

test('no suggestion is offered while there are results', () => {
  setup(found, 'otters', { query: 'otters', href: '/search?q=otters' })
  expect(screen.queryByText(/did you mean/i)).not.toBeInTheDocument()
})
