import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { SearchResults } from './search-results.tsx'
import type { SearchResult } from './search-schema.ts'

const results: SearchResult[] = [
  {
    url: '/articles/otters',
    excerpt: 'the <mark>otters</mark> return',
    meta: { title: 'River otters return', date: '3 March 2026' },
    sub_results: [
      { title: 'River otters return', url: '/articles/otters', excerpt: 'same page' },
      { title: 'How the survey was done', url: '/articles/otters#survey', excerpt: 'spraint' },
    ],
  },
  {
    url: '/articles/barrier',
    excerpt: 'a <mark>barrier</mark>',
    meta: { title: 'Tidal barrier survives' },
  },
]

function setup() {
  const onLeave = vi.fn()
  render(<SearchResults results={results} onLeave={onLeave} />)
  return { onLeave, user: userEvent.setup() }
}

test('each result links to its article, and its sections to their places', () => {
  setup()
  expect(screen.getByRole('link', { name: 'River otters return' })).toHaveAttribute(
    'href',
    '/articles/otters',
  )
  expect(screen.getByRole('link', { name: 'How the survey was done' })).toHaveAttribute(
    'href',
    '/articles/otters#survey',
  )
  expect(screen.getByText('3 March 2026')).toBeVisible()
  // The section that is the page itself is not listed twice.
  expect(screen.getAllByRole('link')).toHaveLength(3)
})

test('arrow keys move through the results and their sections, Home and End to the ends', async () => {
  const { user } = setup()
  screen.getByRole('link', { name: 'River otters return' }).focus()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('link', { name: 'How the survey was done' })).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('link', { name: 'Tidal barrier survives' })).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('link', { name: 'Tidal barrier survives' })).toHaveFocus()
  await user.keyboard('{ArrowUp}')
  expect(screen.getByRole('link', { name: 'How the survey was done' })).toHaveFocus()
  await user.keyboard('{Home}')
  expect(screen.getByRole('link', { name: 'River otters return' })).toHaveFocus()
  await user.keyboard('{End}')
  expect(screen.getByRole('link', { name: 'Tidal barrier survives' })).toHaveFocus()
})

test('up from the first result, or Escape anywhere, leaves the list', async () => {
  const { user, onLeave } = setup()
  screen.getByRole('link', { name: 'River otters return' }).focus()
  await user.keyboard('{ArrowUp}')
  expect(onLeave).toHaveBeenCalledTimes(1)
  screen.getByRole('link', { name: 'Tidal barrier survives' }).focus()
  await user.keyboard('{Escape}')
  expect(onLeave).toHaveBeenCalledTimes(2)
})

test('Enter on a result follows its link', async () => {
  const { user } = setup()
  screen.getByRole('link', { name: 'Tidal barrier survives' }).focus()
  await user.keyboard('{Enter}')
  expect(window.location.pathname).toBe('/articles/barrier')
})
