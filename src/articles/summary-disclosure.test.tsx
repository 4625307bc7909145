import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test } from 'vitest'
import type { Summary } from './article-schema.ts'
import { SummaryDisclosure } from './summary-disclosure.tsx'
import { EnglishWords } from '../lib/words/english-words.tsx'

const summary: Summary = {
  source: 'editor',
  points: [{ text: 'Otters are back.', paragraphId: null }],
}

afterEach(() => {
  window.localStorage.clear()
})

test('opened from the keyboard, the summary takes focus', async () => {
  const user = userEvent.setup()
  render(<SummaryDisclosure summary={summary} />, { wrapper: EnglishWords })
  const toggle = screen.getByRole('button', { name: 'No time to read? Get a summary' })
  toggle.focus()
  await user.keyboard('{Enter}')
  expect(toggle).toHaveAttribute('aria-expanded', 'true')
  expect(screen.getByRole('region', { name: 'Summary' })).toHaveFocus()
})

test('opened with the pointer, focus stays on the button; the choice is remembered', async () => {
  const user = userEvent.setup()
  const { unmount } = render(<SummaryDisclosure summary={summary} />, { wrapper: EnglishWords })
  const toggle = screen.getByRole('button', { name: 'No time to read? Get a summary' })
  await user.click(toggle)
  expect(toggle).toHaveFocus()
  unmount()
  render(<SummaryDisclosure summary={summary} />, { wrapper: EnglishWords })
  expect(screen.getByRole('region', { name: 'Summary' })).toBeVisible()
})
