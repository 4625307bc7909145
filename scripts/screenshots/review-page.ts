import type { Shot } from './views.ts'

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

// One row per page and view, the earlier version on the left: a page to look through, not a
// verdict.
export function reviewPage(before: string, shots: Shot[]): string {
  const keys = [...new Set(shots.map((shot) => `${shot.page} ${shot.view}`))]
  const cell = (label: string, key: string) => {
    const shot = shots.find((each) => each.label === label && `${each.page} ${each.view}` === key)
    return shot
      ? `<td><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${label}: ${key}`)}" loading="lazy"></a></td>`
      : '<td>(none)</td>'
  }
  const rows = keys
    .map(
      (key) =>
        `<tr><th scope="row">${escape(key)}</th>${cell('before', key)}${cell('after', key)}</tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lede screenshots</title>
<style>body{font-family:system-ui;margin:1rem}td{vertical-align:top;width:45vw}img{width:100%;border:1px solid #888}th{text-align:left;vertical-align:top}</style>
</head><body><h1>Before (${escape(before)}) and after</h1>
<table><thead><tr><th scope="col">page, view</th><th scope="col">before</th><th scope="col">after</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`
}
