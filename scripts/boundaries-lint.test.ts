// @vitest-environment node
import { ESLint } from 'eslint'
import { beforeAll, expect, test } from 'vitest'
import { withoutTypes } from './lint-probe.ts'

// The house's one-way imports are a lint rule; this shows the rule holds for each kind of
// folder, a folder that does not exist yet included.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: withoutTypes })

// Loading the config and its plugins is slow on a busy machine: done once, before any test.
beforeAll(() => eslint.lintText('export {}\n', { filePath: 'src/lib/probe.ts' }), 120_000)

async function refusals(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`export * from '${from}'\n`, { filePath: file })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message)
}

test.each([
  ['src/components/probe.ts', '../articles/article-schema.ts', /know nothing about any area/],
  ['src/lib/probe.ts', '../settings/reading-preferences.ts', /know nothing about any area/],
  ['src/articles/probe.ts', '../settings/reading-preferences.ts', /do not import each other/],
  ['src/settings/probe.ts', '../articles/article-schema.ts', /do not import each other/],
  ['src/a-new-area/probe.ts', '../articles/article-schema.ts', /do not import each other/],
  ['src/articles/probe.ts', '../routes/list-route.tsx', /routes compose/],
  ['src/articles/probe.ts', '../summariser/summarise.ts', /build side stays out/],
  ['src/a-new-area/probe.ts', '../app.tsx', /routes compose/],
  ['src/routes/probe.ts', '../content-build/build-article.ts', /never imports the build side/],
  ['src/content-build/probe.ts', '../articles/article-view.tsx', /the article schema/],
  ['src/prerender/probe.ts', '../app.tsx', /the article schema/],
])(
  'lint refuses %s importing %s',
  async (file, from, message) => {
    expect(await refusals(file, from)).toEqual([expect.stringMatching(message)])
  },
  30_000,
)

test.each([
  ['src/articles/probe.ts', '../components/page-heading.tsx'],
  ['src/a-new-area/probe.ts', '../lib/stored.ts'],
  ['src/routes/probe.ts', '../settings/reading-settings-menu.tsx'],
  ['src/content-build/probe.ts', '../articles/article-schema.ts'],
  ['src/importers/probe.ts', '../summariser/summarise.ts'],
  ['src/prerender/probe.ts', '../articles/page-data.ts'],
])(
  'lint lets %s import %s',
  async (file, from) => {
    expect(await refusals(file, from)).toEqual([])
  },
  30_000,
)
