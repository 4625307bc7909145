// Formats the benchmark's figures and puts them in BENCHMARKS.md, replacing only the
// `## Performance` section so other sections of the file are left as they are.

export type Row = Record<string, string>

export function table(rows: Row[]): string {
  if (!rows.length) return ''
  const headings = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    line(headings),
    line(headings.map(() => '---')),
    ...rows.map((row) => line(headings.map((heading) => row[heading] ?? ''))),
  ].join('\n')
}

export function replaceSection(document: string, heading: string, body: string): string {
  const section = `${heading}\n\n${body.trim()}\n`
  const start = document.indexOf(`${heading}\n`)
  if (start < 0) {
    const base = document.trim() ? `${document.trimEnd()}\n\n` : '# Benchmarks\n\n'
    return `${base}${section}`
  }
  const level = heading.slice(0, heading.indexOf(' ') + 1)
  const rest = document.slice(start + heading.length + 1)
  const next = rest.search(new RegExp(`^${level}`, 'm'))
  const after = next < 0 ? '' : `\n${rest.slice(next)}`
  return `${document.slice(0, start)}${section}${after}`
}

export function median(values: number[]): number {
  return percentile(values, 50)
}

// Nearest-rank percentile: always one of the measured values.
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return Number.NaN
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
export const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`
export const ms = (value: number) => `${value.toFixed(1)} ms`
