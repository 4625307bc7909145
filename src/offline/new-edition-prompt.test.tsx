import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { greek } from '../lib/words/greek.ts'
import { english } from '../lib/words/english.ts'
import { WordsContext } from '../lib/words/words-context.tsx'
import { NewEditionPrompt } from './new-edition-prompt.tsx'

test('the new-edition prompt speaks the page’s language, and acts only when the reader chooses', async () => {
  const take = vi.fn()
  const later = vi.fn()
  render(
    <WordsContext value={{ words: greek, lang: 'el', dir: 'ltr' }}>
      <NewEditionPrompt edition={{ take }} onLater={later} />
    </WordsContext>,
  )
  const prompt = screen.getByRole('complementary', { name: 'Νέα έκδοση' })
  expect(prompt).toHaveAttribute('lang', 'el')
  expect(within(prompt).getByRole('status')).toHaveTextContent(
    'Μια νέα έκδοση του Lede είναι έτοιμη.',
  )
  expect(take).not.toHaveBeenCalled()
  await userEvent.click(within(prompt).getByRole('button', { name: 'Αργότερα' }))
  expect(later).toHaveBeenCalledOnce()
  expect(take).not.toHaveBeenCalled()
  await userEvent.click(within(prompt).getByRole('button', { name: 'Εμφάνιση της νέας έκδοσης' }))
  expect(take).toHaveBeenCalledOnce()
})

test('on the site’s own pages it speaks the site’s language', () => {
  render(
    <WordsContext value={{ words: english, lang: 'en', dir: 'ltr' }}>
      <NewEditionPrompt edition={{ take: () => {} }} onLater={() => {}} />
    </WordsContext>,
  )
  expect(screen.getByRole('button', { name: 'Show the new edition' })).toBeInTheDocument()
  expect(screen.getByRole('complementary', { name: 'New edition' })).toHaveAttribute('lang', 'en')
})
