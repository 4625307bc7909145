import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { slugify } from '../content-build/slug.ts'
import { articleMarkdown, type ArticleFrontMatter } from './article-markdown.ts'
import { detectLanguage } from './detect-language.ts'
import { fitForLede, textOf } from './fit-mdast.ts'
import { htmlToMdast } from './html-to-mdast.ts'
import { pageHeadingLevels } from './page-headings.ts'
import { authorName, languageTag, pageAddress, publishedDate } from './page-metadata.ts'

// Turns a saved web page into a Lede content file: Readability (Firefox's Reader View) finds
// the article on a linkedom document (a light DOM, five times quicker than jsdom here), and
// its HTML becomes Markdown through hast and mdast.

export type HtmlImportOptions = {
  today: string
  // Where an image (its address as the page writes it) goes in the article, or undefined to
  // leave it out; the caller copies local images and lists remote ones. `address` is the
  // page's own address on the web, when it says.
  placeImage: (src: string, address: string | undefined) => string | undefined
}

export type ImportedHtmlPage = {
  slug: string
  markdown: string
  warnings: string[]
  guesses: string[]
  // The page's own address (canonical link, og:url or <base>), when it says.
  address: string | undefined
}

export class NotAnArticleError extends Error {}

const MIN_ARTICLE_CHARACTERS = 140

export function importHtmlPage(html: string, options: HtmlImportOptions): ImportedHtmlPage {
  const { document } = parseHTML(html)
  const page = document as unknown as Document
  if (!isProbablyReaderable(page)) {
    throw new NotAnArticleError(
      'this page is not an article: Readability finds no run of article text in it (an index, a form or a gallery?); nothing was imported',
    )
  }
  const pageLevel = pageHeadingLevels(page)
  const address = pageAddress(page)
  const article = new Readability(page.cloneNode(true) as Document).parse()
  if (!article?.content || (article.textContent ?? '').trim().length < MIN_ARTICLE_CHARACTERS) {
    throw new NotAnArticleError('no article text was found in this page; nothing was imported')
  }
  const title = (article.title ?? '').trim() || (page.title ?? '').trim()
  if (!title) throw new NotAnArticleError('the page has no title; nothing was imported')

  const warnings: string[] = []
  const guesses: string[] = []
  const body = fitForLede(htmlToMdast(article.content), {
    base: address,
    placeImage: (src) => options.placeImage(src, address),
    pageLevel,
  }).children

  const declared = languageTag(article.lang)
  const detected = detectLanguage(body.map((node) => textOf(node)).join('\n'))
  const lang = declared ?? detected.lang
  guesses.push(
    declared
      ? `language: ${lang}, as the page declares (lang="${article.lang}")`
      : `language: ${lang}, because the page declares none and ${detected.why}`,
  )
  const date = publishedDate(article.publishedTime, lang)
  if (date) guesses.push(`date: ${date}, the page's published time "${article.publishedTime}"`)
  else warnings.push(`no published date on the page; used the import date ${options.today}`)
  const author = authorName(article.byline)
  if (author) guesses.push(`author: ${author}, from the byline "${article.byline}"`)

  const frontMatter: ArticleFrontMatter = {
    title,
    date: date ?? options.today,
    lang,
    author,
    standfirst: article.excerpt?.replace(/\s+/g, ' ').trim() || undefined,
  }
  return {
    slug: slugify(title),
    markdown: articleMarkdown(frontMatter, body),
    warnings,
    guesses,
    address,
  }
}
