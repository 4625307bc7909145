import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

// The same generated articles as a VitePress site, for the side-by-side: each article a page at
// /articles/<slug>, its headline as the page's heading, and its newer and older neighbours as
// the default theme's previous and next links, as Lede links them.
const frontMatter = /^---\n([\s\S]*?)\n---\n/
const titleLine = /^title: "(.*)"$/m

export async function writeVitepressSite(content: string, site: string): Promise<void> {
  const files = (await readdir(content)).filter((file) => file.endsWith('.md')).sort()
  const articles = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(content, file), 'utf8')
      const title = titleLine.exec(frontMatter.exec(source)?.[1] ?? '')?.[1]
      if (!title) throw new Error(`${file}: no title in its front matter`)
      return { slug: file.replace(/\.md$/, ''), title, body: source.replace(frontMatter, '') }
    }),
  )
  await mkdir(path.join(site, 'articles'), { recursive: true })
  await mkdir(path.join(site, '.vitepress'), { recursive: true })
  // The site is built outside the checkout; VitePress finds Vue through the checkout's packages.
  await symlink(path.resolve('node_modules'), path.join(site, 'node_modules'), 'dir')
  await writeFile(
    path.join(site, '.vitepress', 'config.mjs'),
    "export default { title: 'Bench', cleanUrls: true }\n",
  )
  // Newest first, as the corpus numbers them: the next link goes to the older article.
  const link = (article: (typeof articles)[number] | undefined) =>
    article ? JSON.stringify({ text: article.title, link: `/articles/${article.slug}` }) : 'false'
  await Promise.all(
    articles.map((article, index) =>
      writeFile(
        path.join(site, 'articles', `${article.slug}.md`),
        [
          '---',
          `title: ${JSON.stringify(article.title)}`,
          `prev: ${link(articles[index - 1])}`,
          `next: ${link(articles[index + 1])}`,
          '---',
          '',
          `# ${article.title}`,
          '',
          article.body,
        ].join('\n'),
      ),
    ),
  )
}
