// How the build matches an article named by title (an imported page's previous and next):
// case, compatibility forms and runs of white space do not count.
export function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}
