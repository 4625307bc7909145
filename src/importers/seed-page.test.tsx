import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ArticleView } from '../articles/article-view.tsx'
import { lazyPartsLoaded } from '../articles/lazy-parts-loaded.ts'
import { buildSite } from '../content-build/build-site.ts'
import { importPage } from './plain-text-page.ts'
import { summarise } from '../summariser/summarise.ts'
import { EnglishWords } from '../lib/words/english-words.tsx'

// The page Lede was specified from, read from ../shared (third-party text: never copied in).
// Its headings are on lines 16 and 24 of the file.
const seed = path.resolve(import.meta.dirname, '../../../shared/seeds/000_fd36b98cec0d5141.txt')

describe.skipIf(!existsSync(seed))(
  `the seed page, imported, built and read (skipped when ${seed} is absent)`,
  () => {
    const lines = existsSync(seed)
      ? readFileSync(seed, 'utf8')
          .split('\n')
          .map((line) => line.trim())
      : []
    const after = (marker: string) => lines.slice(lines.indexOf(marker) + 1).find(Boolean) ?? ''

    const build = () => {
      const page = importPage(readFileSync(seed, 'utf8'), { today: '2026-11-26' })
      const collection = buildSite(
        [{ file: `content/articles/${page.slug}.md`, text: page.markdown }],
        { summarise },
      )
      if ('problems' in collection) throw new Error(JSON.stringify(collection.problems))
      return collection
    }

    test('builds into an article with the two sections and both neighbours named but unlinked', () => {
      const { articles, warnings } = build()
      const [article] = articles
      expect(article?.title).toBe(lines[0])
      expect(article?.sections.map((section) => section.title)).toEqual([lines[15], lines[23]])
      expect(article?.previous).toEqual({ slug: null, title: after('Previous Article') })
      expect(article?.next).toEqual({ slug: null, title: after('Next Article') })
      expect(article?.summary.source).toBe('generated')
      expect(article?.summary.points.length).toBeGreaterThan(0)
      expect(warnings.map((warning) => warning.field).sort()).toEqual(['next', 'previous'])
    })

    test('reads in the reader with its sections, summary prompt and neighbours, and no dead links', async () => {
      const [article] = build().articles
      if (!article) throw new Error('no article')
      render(<ArticleView article={article} prefetch={() => {}} fetchAhead={() => {}} />, {
        wrapper: EnglishWords,
      })
      expect(screen.getByRole('heading', { level: 1, name: lines[0] })).toBeInTheDocument()
      expect(
        screen.getByRole('button', { name: 'No time to read? Get a summary' }),
      ).toBeInTheDocument()
      const contents = screen.getByRole('navigation', { name: 'Contents' })
      expect(within(contents).getAllByRole('link')).toHaveLength(2)
      const more = screen.getByRole('navigation', { name: 'More articles' })
      expect(within(more).getByText(after('Previous Article'))).toBeInTheDocument()
      expect(within(more).getByText(after('Next Article'))).toBeInTheDocument()
      expect(within(more).queryAllByRole('link')).toHaveLength(0)
      expect(screen.queryByText(/No time to read\?/, { selector: 'p' })).toBeNull()
      await lazyPartsLoaded()
      // Role queries over a whole article are slow in jsdom on a busy machine.
    }, 30_000)
  },
)
