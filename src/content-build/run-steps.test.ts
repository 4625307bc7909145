import { expect, test } from 'vitest'
import type { ContentProblem } from './content-problem.ts'
import { runSteps, type Step } from './run-steps.ts'

const problem = (message: string): ContentProblem => ({
  file: 'a.md',
  line: 1,
  column: 1,
  field: 'test',
  message,
})

const append =
  (word: string, problems: ContentProblem[] = [], halt = false): Step<string[]> =>
  (draft) => ({ draft: [...draft, word], problems, halt })

test('steps run in their order, each on the draft the one before it made', () => {
  expect(runSteps([append('a'), append('b'), append('c')], []).draft).toEqual(['a', 'b', 'c'])
})

test('every problem of every step is kept, in order', () => {
  const run = runSteps([append('a', [problem('one')]), append('b', [problem('two')])], [])
  expect(run.problems.map((found) => found.message)).toEqual(['one', 'two'])
  expect(run.draft).toEqual(['a', 'b'])
})

test('a step that halts stops the steps after it, and its problems are kept', () => {
  const run = runSteps([append('a', [problem('fatal')], true), append('b', [problem('later')])], [])
  expect(run.draft).toEqual(['a'])
  expect(run.problems.map((found) => found.message)).toEqual(['fatal'])
})

test('the draft given in is not changed', () => {
  const start = ['x']
  runSteps([append('a')], start)
  expect(start).toEqual(['x'])
})
