import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, expect, test, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { articleQuery } from '../articles/article-queries.ts'
import { ArticleSchema } from '../articles/article-schema.ts'
import type { Block } from '../articles/block-schema.ts'
import { lazyPartsLoaded } from '../articles/lazy-parts-loaded.ts'
import { forgetData, seedPage } from '../articles/page-store.ts'
import { sharedQueryClient } from '../articles/query-client.ts'
import { english } from '../lib/words/english.ts'
import { ArticleRoute } from './article-route.tsx'
import { EnglishWords } from '../lib/words/english-words.tsx'

// The article's parts that arrive after hydration (shortcuts, the copy button's message, the
// neighbours fetched ahead), rendered for real, with the app's own page store and data layer.

const paragraph = (id: string, text: string): Block => ({
  type: 'paragraph',
  id,
  children: [{ type: 'text', text }],
})

const article = ArticleSchema.parse({
  slug: 'harbour-news',
  title: 'Harbour news',
  date: '2026-11-20',
  displayDate: '20 November 2026',
  standfirst: 'What the harbour did this week.',
  author: null,
  lang: 'en',
  dir: 'ltr',
  tags: [],
  opening: [paragraph('p-1', 'The opening.')],
  sections: [{ id: 'the-tide', title: 'The tide', blocks: [paragraph('p-2', 'High water.')] }],
  summary: { source: 'editor', points: [{ text: 'The tide came in.', paragraphId: null }] },
  wordCount: 4,
  words: english,
  previous: { slug: 'older-news', title: 'Older news' },
  next: { slug: 'newer-news', title: 'Newer news' },
})

// The article's route at its address, as the app renders it.
function renderRoute(location: { hook: ReturnType<typeof memoryLocation>['hook'] }) {
  render(
    <Router hook={location.hook}>
      <ArticleRoute slug={article.slug} />
    </Router>,
    { wrapper: EnglishWords },
  )
}

// Role queries walk the whole article in jsdom, which takes a while on a busy machine.
const timeout = 30_000

// The lazy parts' code is loaded (and, cold, compiled) once, before the tests time anything.
beforeAll(() => lazyPartsLoaded(), 60_000)

// jsdom has no modal dialogs: the two calls the shortcuts dialog makes, as a browser does them.
beforeAll(() => {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    },
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  window.localStorage.clear()
  forgetData()
})

// Resolves once the parts that load after the first render have arrived and are shown.
async function renderArticle() {
  // As the page brings it.
  seedPage({ kind: 'article', path: `/articles/${article.slug}`, article })
  const location = memoryLocation({ path: `/articles/${article.slug}`, record: true })
  const fetched: string[] = []
  vi.spyOn(window, 'fetch').mockImplementation((input) => {
    fetched.push(String(input))
    return Promise.resolve(Response.json({ ...article, slug: 'newer-news', title: 'Newer news' }))
  })
  renderRoute(location)
  await lazyPartsLoaded()
  const shortcutsButton = await screen.findByRole(
    'button',
    { name: 'Keyboard shortcuts' },
    { timeout: 10_000 },
  )
  return { location, fetched, shortcutsButton }
}

test(
  'the s key opens the summary and takes focus into it, and closes it again',
  async () => {
    const user = userEvent.setup()
    await renderArticle()
    await user.keyboard('s')
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Hide the summary' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await user.keyboard('s')
    expect(screen.getByRole('button', { name: 'No time to read? Get a summary' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  },
  timeout,
)

test(
  '? opens the shortcuts, keys do nothing behind them, and closing returns focus',
  async () => {
    const user = userEvent.setup()
    const { location, shortcutsButton: opener } = await renderArticle()
    opener.focus()
    await user.keyboard('?')
    // The list of shortcuts loads when first asked for.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(dialog).getByText('Open or close the summary')).toBeVisible()
    await user.keyboard('j')
    expect(location.history).toEqual([`/articles/${article.slug}`])
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    await user.keyboard('j')
    expect(location.history.at(-1)).toBe('/articles/newer-news')
  },
  timeout,
)

test(
  'a copy-link button copies its section address and says so',
  async () => {
    const user = userEvent.setup()
    await renderArticle()
    await user.click(screen.getByRole('button', { name: /^Copy link to section: ?The tide$/ }))
    // The article's other parts (saving, sharing) have status regions of their own.
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
        'Link copied',
      ),
    )
    expect(await navigator.clipboard.readText()).toBe(
      new URL('#the-tide', window.location.href).href,
    )
  },
  timeout,
)

test(
  "a neighbour's data is fetched when its link is pointed at",
  async () => {
    const user = userEvent.setup()
    await renderArticle()
    await user.hover(screen.getByRole('link', { name: /Newer news/ }))
    // Its query has the data, checked: fetched now, or taken from a fetch made ahead while idle
    // (which holds a response unread, never a query's data).
    await waitFor(() =>
      expect(sharedQueryClient().getQueryData(articleQuery('newer-news').queryKey)?.title).toBe(
        'Newer news',
      ),
    )
  },
  timeout,
)

test(
  'an article shown from the cache is not fetched again',
  async () => {
    const { fetched } = await renderArticle()
    expect(screen.getByRole('heading', { level: 1, name: 'Harbour news' })).toBeVisible()
    expect(fetched).not.toContain(`/data/articles/${article.slug}.json`)
  },
  timeout,
)

test(
  'an article whose data is not here yet says it is loading, then shows the article',
  async () => {
    const location = memoryLocation({ path: `/articles/${article.slug}` })
    vi.spyOn(window, 'fetch').mockImplementation(() => Promise.resolve(Response.json(article)))
    renderRoute(location)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the article…')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour news' }, { timeout: 10_000 }),
    ).toBeVisible()
    expect(screen.queryByText('Loading the article…')).toBeNull()
    await lazyPartsLoaded()
    await screen.findByRole('button', { name: 'Keyboard shortcuts' }, { timeout: 10_000 })
  },
  timeout,
)
