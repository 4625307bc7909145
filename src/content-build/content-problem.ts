// Every content problem carries where it is, so an editor can jump straight to it:
// `content/articles/x.md:3:7: date: must be an ISO 8601 date`.
export type ContentProblem = {
  file: string
  line: number
  column: number
  field: string
  message: string
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.field}: ${problem.message}`
}

export class ContentBuildError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ContentBuildError'
    this.problems = problems
  }
}

export function problemAt(
  file: string,
  line: number,
  column: number,
  field: string,
  message: string,
): ContentProblem {
  return { file, line, column, field, message }
}
