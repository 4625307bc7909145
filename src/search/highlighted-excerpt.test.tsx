import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { HighlightedExcerpt } from './highlighted-excerpt.tsx'

test('matched words are shown marked, and the rest as plain text', () => {
  render(
    <p>
      <HighlightedExcerpt excerpt="the <mark>otters</mark> are back" />
    </p>,
  )
  expect(screen.getByText('otters').tagName).toBe('MARK')
  expect(screen.getByRole('paragraph')).toHaveTextContent('the otters are back')
})

test('markup in the excerpt is shown as text, never made into elements', () => {
  render(
    <p>
      <HighlightedExcerpt
        excerpt={'&lt;img src=x onerror=alert(1)&gt; <script>bad()</script> <mark>ok</mark>'}
      />
    </p>,
  )
  const paragraph = screen.getByRole('paragraph')
  expect(paragraph).toHaveTextContent('<img src=x onerror=alert(1)> <script>bad()</script> ok')
  expect(screen.queryByRole('img')).toBeNull()
  // The one element made is the mark the excerpt asked for.
  expect(screen.getByText('ok').tagName).toBe('MARK')
  expect(screen.getByText(/bad\(\)/).tagName).toBe('P')
})
