import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { wordsFor } from '../lib/words/catalogues.ts'
import { WordsContext } from '../lib/words/words-context.tsx'
import { ArticleLoadError } from './article-errors.ts'
import { ErrorView } from './error-view.tsx'
import { EnglishWords } from '../lib/words/english-words.tsx'

test('a failed fetch is told in the words of its case, with its status', () => {
  render(
    <ErrorView failure={new ArticleLoadError('refused', 'this article', 503)} onRetry={() => {}} />,
    { wrapper: EnglishWords },
  )
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The server could not send the page (error 503).',
  )
})

test('the error view speaks the language of the page it is on', async () => {
  const onRetry = vi.fn()
  render(
    <WordsContext value={{ words: wordsFor('fr'), lang: 'fr', dir: 'ltr' }}>
      <ErrorView failure={new ArticleLoadError('offline', 'this article')} onRetry={onRetry} />
    </WordsContext>,
  )
  const alert = screen.getByRole('alert')
  expect(alert).toHaveTextContent('Vous êtes hors ligne.')
  expect(alert).not.toHaveTextContent(/offline\. Retry/)
  await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }))
  expect(onRetry).toHaveBeenCalledOnce()
})

test('a failure with no known case says something went wrong, in plain words', () => {
  render(<ErrorView onRetry={() => {}} />, { wrapper: EnglishWords })
  expect(screen.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible()
  expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
  expect(screen.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/')
})
