import { isPromptLine, trailerMarker } from './page-wording.ts'

// The "Previous Article / Next Article" trailer (in any language the importer reads) names the
// neighbouring articles. It is taken from the last marker lines, so a page that mentions
// "Next Article" earlier on keeps that text.
export function splitTrailer(
  lines: string[],
  warnings: string[],
): { body: string[]; previous: string | undefined; next: string | undefined } {
  const previousAt = lines.findLastIndex((line) => trailerMarker(line) === 'previous')
  const nextAt = lines.findLastIndex((line) => trailerMarker(line) === 'next')
  const markers = [previousAt, nextAt].filter((at) => at !== -1)
  if (markers.length === 0) return { body: lines, previous: undefined, next: undefined }

  const titleAfter = (at: number): string | undefined => {
    if (at === -1) return undefined
    const end = lines.findIndex((line, index) => index > at && trailerMarker(line) !== undefined)
    const content = lines
      .slice(at + 1, end === -1 ? undefined : end)
      .filter((line) => line !== '' && !isPromptLine(line))
    const marker = lines[at] ?? ''
    if (content.length === 0) {
      warnings.push(`"${marker}" has no title after it; that neighbour is left out`)
      return undefined
    }
    if (content.length > 1) {
      warnings.push(
        `"${marker}" is followed by ${content.length} lines; kept the first as the title and dropped the rest`,
      )
    }
    return content[0]
  }

  return {
    body: lines.slice(0, Math.min(...markers)),
    previous: titleAfter(previousAt),
    next: titleAfter(nextAt),
  }
}
