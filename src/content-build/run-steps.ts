import type { ContentProblem } from './content-problem.ts'

// A step of the content build: a pure function from a draft to the next draft, plus the
// problems it found. `halt` stops the steps after it, for a problem that leaves nothing
// sensible to read (a file too big to parse, front matter that never closes).
export type StepResult<Draft> = { draft: Draft; problems?: ContentProblem[]; halt?: boolean }
export type Step<Draft> = (draft: Draft) => StepResult<Draft>

export type StepsRun<Draft> = { draft: Draft; problems: ContentProblem[] }

// Runs the steps in order and keeps every problem they report, so one build shows them all.
export function runSteps<Draft>(steps: readonly Step<Draft>[], start: Draft): StepsRun<Draft> {
  const run = steps.reduce(
    (state, step) => {
      if (state.halted) return state
      const result = step(state.draft)
      return {
        draft: result.draft,
        problems: [...state.problems, ...(result.problems ?? [])],
        halted: result.halt ?? false,
      }
    },
    { draft: start, problems: [] as ContentProblem[], halted: false },
  )
  return { draft: run.draft, problems: run.problems }
}
