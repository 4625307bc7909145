import { expect, test } from 'vitest'
import { authorPath, nameSlug, topicPath } from './name-slug.ts'

test('names of any script become lowercase addresses joined by hyphens', () => {
  expect(nameSlug('Local Politics')).toBe('local-politics')
  expect(nameSlug('  local-politics ')).toBe('local-politics')
  expect(nameSlug('Ελένη Παπαδημητρίου')).toBe('ελένη-παπαδημητρίου')
  expect(nameSlug('سلمى الخطيب')).toBe('سلمى-الخطيب')
  expect(nameSlug('!!!')).toBe('')
})

test('paths are percent-encoded so any browser or host can follow them', () => {
  expect(topicPath('Transport')).toBe('/topics/transport')
  expect(authorPath('Helen Marsh')).toBe('/authors/helen-marsh')
  expect(topicPath('νησί')).toBe(`/topics/${encodeURIComponent('νησί')}`)
})
