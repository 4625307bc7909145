// How the build matches an article named by title (an imported page's previous and next):
// case, compatibility forms, runs of white space and the shapes of quotation marks do not count,
// as the build sets an article's title in its language's quotes while another article may name
// it as typed.
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["'“”„‟«»‹›‘’‚‛]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
