import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { importHtmlPage } from './src/importers/html-page.ts'
const name = process.argv[2]
const dir = `/work/shared/data/web-pages/${name}`
const r = importHtmlPage(readFileSync(`${dir}/source.html`, 'utf8'), { today: '2000-01-01', placeImage: () => undefined })
const { document } = parseHTML(`<html><body>${readFileSync(`${dir}/expected.html`, 'utf8')}</body></html>`)
const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
const got = new Map<string, number>()
for (const w of words(r.markdown)) got.set(w, (got.get(w) ?? 0) + 1)
const missing: string[] = []
for (const w of words(document.body.textContent ?? '')) { const n = got.get(w) ?? 0; if (n > 0) got.set(w, n - 1); else missing.push(w) }
console.log(missing.slice(0, 60).join(' '))
if (process.argv[3]) console.log(r.markdown.slice(0, Number(process.argv[3])))
