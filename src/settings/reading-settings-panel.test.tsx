import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test } from 'vitest'
import { EnglishWords } from '../lib/words/english-words.tsx'
import { ReadingSettingsPanel } from './reading-settings-panel.tsx'

afterEach(() => {
  for (const name of ['data-theme', 'data-text-size'])
    document.documentElement.removeAttribute(name)
  window.localStorage.clear()
})

const renderPanel = () =>
  render(
    <EnglishWords>
      <ReadingSettingsPanel />
    </EnglishWords>,
  )

test('a choice is put on the page and kept for the next one', async () => {
  renderPanel()
  const textSize = within(screen.getByRole('group', { name: 'Text size' }))
  await userEvent.click(textSize.getByRole('radio', { name: 'Largest' }))
  expect(document.documentElement.getAttribute('data-text-size')).toBe('largest')
  expect(window.localStorage.getItem('lede:text-size')).toBe('largest')
  expect(textSize.getByRole('radio', { name: 'Largest' })).toBeChecked()
  // The default is no attribute and nothing stored.
  await userEvent.click(textSize.getByRole('radio', { name: 'Medium' }))
  expect(document.documentElement.hasAttribute('data-text-size')).toBe(false)
  expect(window.localStorage.getItem('lede:text-size')).toBeNull()
})

test('the choices shown follow the page, whoever changed it', async () => {
  document.documentElement.setAttribute('data-theme', 'dark')
  renderPanel()
  expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
  // As boot.js does for a choice made before the app started.
  act(() => document.documentElement.setAttribute('data-theme', 'light'))
  await waitFor(() => expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked())
})
