import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { feedArticle } from './feed-article.ts'
import { readFeed } from './feed-items.ts'
import { importHtmlPage } from './html-page.ts'
import { decide, hashOf, readRecords, writeRecords } from './import-records.ts'
import { copyImages, planImages } from './place-images.ts'
import { importPage } from './plain-text-page.ts'
import { writeAtomically, type ArticleWriter } from './write-article.ts'

// One file of `npm run import`, by its kind: a plain-text page, a saved web page, or a feed.
// Each says what it did, line by line, through `say`.

export type ImportContext = {
  out: string
  images: string
  today: string
  force: boolean
  writer: ArticleWriter
  say: (line: string) => void
}

export function importFile(file: string, context: ImportContext): void {
  if (/\.html?$/i.test(file)) importHtmlFile(file, context)
  else if (/\.(?:xml|rss|atom|json)$/i.test(file)) importFeedFile(file, context)
  else importTextFile(file, context)
}

function importTextFile(file: string, { out, today, writer, say }: ImportContext): void {
  const page = importPage(readFileSync(file, 'utf8'), { today })
  const target = join(out, `${page.slug}.md`)
  writer.write(target, page.markdown, file)
  for (const guess of page.guesses) say(`${file}: guessed ${guess}`)
  if (page.dropped.length > 0) {
    say(`${file}: dropped the site's lines ${page.dropped.map((line) => `"${line}"`).join(', ')}`)
  }
  for (const warning of page.warnings) say(`${file}: ${warning}`)
  say(`imported ${file} -> ${target}`)
}

function importHtmlFile(file: string, { out, images, today, writer, say }: ImportContext): void {
  const plan = planImages(file, images)
  const page = importHtmlPage(readFileSync(file, 'utf8'), { today, placeImage: plan.placeImage })
  const target = join(out, `${page.slug}.md`)
  writer.write(target, page.markdown, file)
  copyImages(plan.copies)
  for (const guess of page.guesses) say(`${file}: guessed ${guess}`)
  for (const warning of page.warnings) say(`${file}: ${warning}`)
  for (const copy of plan.copies) say(`${file}: copied image ${copy.from} -> ${copy.to}`)
  for (const url of plan.remote) {
    say(
      `${file}: left out remote image ${url} (the build serves site images only: save it into ${images} to use it)`,
    )
  }
  say(`imported ${file} -> ${target}`)
}

function importFeedFile(
  file: string,
  { out, images, today, force, writer, say }: ImportContext,
): void {
  const feed = readFeed(readFileSync(file, 'utf8'))
  const records = readRecords(out)
  const counts = { create: 0, update: 0, unchanged: 0, edited: 0 }
  for (const item of feed.items) {
    const plan = planImages(file, images)
    const article = feedArticle(item, feed.lang, { today, placeImage: plan.placeImage })
    const itemHash = hashOf(JSON.stringify(item))
    const decision = decide(records, item.key, itemHash, article.slug, out, force)
    const target = join(out, `${decision.slug}.md`)
    counts[decision.action] += 1
    if (decision.action === 'edited') {
      say(
        `${file}: ${target} was edited by hand since it was imported; kept it (pass --force to overwrite)`,
      )
      continue
    }
    if (decision.action === 'unchanged') continue
    if (decision.action === 'create')
      writer.write(target, article.markdown, `${file} (${item.key})`)
    else writeAtomically(target, article.markdown)
    copyImages(plan.copies)
    records[item.key] = { slug: decision.slug, item: itemHash, file: hashOf(article.markdown) }
    // Recorded after each write, so a run that stops halfway still knows what it wrote.
    writeRecords(out, records)
    for (const warning of article.warnings) say(`${file}: ${item.key}: ${warning}`)
    for (const url of plan.remote) say(`${file}: ${item.key}: left out remote image ${url}`)
    say(`${decision.action === 'create' ? 'imported' : 'updated'} ${item.key} -> ${target}`)
  }
  say(
    `${file}: ${feed.kind}, ${feed.items.length} items: ${counts.create} new, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.edited} kept as edited by hand`,
  )
}
