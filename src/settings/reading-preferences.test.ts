// @vitest-environment node
import { runInNewContext } from 'node:vm'
import { beforeAll, expect, test } from 'vitest'
import { bundleBoot } from '../../scripts/vite/boot-script.ts'
import { readingPreferences } from './reading-preferences.ts'

// boot.js applies saved choices before the app exists. This runs the script the build ships
// against a stored choice and reports what it put on <html>.
let bootSource = ''
beforeAll(async () => {
  bootSource = await bundleBoot(true)
})

function attributesAfterBoot(stored: Record<string, string>): Record<string, string> {
  const attributes: Record<string, string> = {}
  runInNewContext(bootSource, {
    window: { localStorage: { getItem: (key: string) => stored[key] ?? null } },
    document: {
      currentScript: null,
      documentElement: {
        setAttribute: (name: string, value: string) => {
          attributes[name] = value
        },
      },
    },
  })
  return attributes
}

// Every page boot.js runs on says it has scripts, whatever is stored.
const scripted = { 'data-script': '' }

test('boot.js applies every choice the settings can store, as the app would', () => {
  for (const preference of readingPreferences) {
    for (const option of preference.options.slice(1)) {
      expect(attributesAfterBoot({ [`lede:${preference.name}`]: option.value })).toEqual({
        ...scripted,
        [`data-${preference.name}`]: option.value,
      })
    }
  }
})

test('boot.js ignores a stored value the settings do not offer', () => {
  expect(attributesAfterBoot({ 'lede:theme': 'sepia', 'lede:font': '"><script>' })).toEqual(
    scripted,
  )
  expect(attributesAfterBoot({})).toEqual(scripted)
})
