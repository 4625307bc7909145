// @vitest-environment node
import { ESLint } from 'eslint'
import { beforeAll, expect, test } from 'vitest'
import { withoutTypes } from './lint-probe.ts'

// The lint rule is the lock on the HTML sinks; this shows it is fastened.
// The probe files do not exist, so there are no types for them: the one type-aware rule is off.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: withoutTypes })

// Loading the config and its plugins is slow on a busy machine: done once, before any test.
beforeAll(() => eslint.lintText('export {}\n', { filePath: 'src/articles/example.tsx' }), 120_000)

async function messagesFor(code: string, file = 'src/articles/example.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message)
}

test.each([
  [
    'dangerouslySetInnerHTML',
    'export function Body({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />\n}\n',
  ],
  ['innerHTML', 'export const put = (el: Element, text: string) => {\n  el.innerHTML = text\n}\n'],
  ['outerHTML', 'export const put = (el: Element, text: string) => {\n  el.outerHTML = text\n}\n'],
  [
    'insertAdjacentHTML',
    "export const put = (el: Element, text: string) => {\n  el.insertAdjacentHTML('beforeend', text)\n}\n",
  ],
])(
  'lint refuses %s in app code',
  async (_, code) => {
    expect(await messagesFor(code)).toEqual([
      expect.stringMatching(/^Article text is data, never markup/),
    ])
  },
  30_000,
)

test('lint lets text through React as text', async () => {
  expect(
    await messagesFor(
      'export function Body({ text }: { text: string }) {\n  return <p>{text}</p>\n}\n',
    ),
  ).toEqual([])
}, 30_000)
