import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ArticleWriter, writeAtomically } from './write-article.ts'

const scratch = () => mkdtempSync(join(tmpdir(), 'lede-write-'))

test('an existing article is never overwritten without force', () => {
  const dir = scratch()
  const target = join(dir, 'story.md')
  writeFileSync(target, 'by hand')
  expect(() => new ArticleWriter(false).write(target, 'imported', 'page.txt')).toThrow(
    `${target} already exists; pass --force to overwrite it`,
  )
  expect(readFileSync(target, 'utf8')).toBe('by hand')
  new ArticleWriter(true).write(target, 'imported', 'page.txt')
  expect(readFileSync(target, 'utf8')).toBe('imported')
})

test('even with force, one source of a run does not replace another', () => {
  const target = join(scratch(), 'story.md')
  const writer = new ArticleWriter(true)
  writer.write(target, 'first', 'a.txt')
  expect(() => writer.write(target, 'second', 'b.txt')).toThrow(/already written from a.txt/)
  expect(readFileSync(target, 'utf8')).toBe('first')
})

test('an atomic write leaves no temp file behind, and a failed one leaves the target as it was', () => {
  const dir = scratch()
  const target = join(dir, 'nested', 'story.md')
  writeAtomically(target, 'text')
  expect(readdirSync(join(dir, 'nested'))).toEqual(['story.md'])
  // A directory where the file should go: the rename fails and nothing is left half-written.
  const blocked = join(dir, 'blocked.md')
  writeAtomically(join(blocked, 'inside.md'), 'x')
  expect(() => writeAtomically(blocked, 'text')).toThrow()
  expect(readdirSync(dir).sort()).toEqual(['blocked.md', 'nested'])
})
