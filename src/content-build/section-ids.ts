// Section ids appear in URLs (#what-comes-next), so they are readable words from the heading.
// They must also never become a global name: browsers expose elements with an id as
// properties of `window` (and some of `document`), so an id such as "location", "top" or
// "cookie" could clobber a name the page relies on. Every name the browser defines is a
// JavaScript identifier, and no identifier contains a hyphen, so each id keeps at least one
// hyphen. The `lede-` prefix belongs to the app's own ids, and `p-<n>` to paragraphs.
export function makeSectionIds(titles: string[]): string[] {
  const used = new Set<string>()
  return titles.map((title) => {
    const base = toIdBase(title)
    let id = base
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
    used.add(id)
    return id
  })
}

function toIdBase(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  if (!slug) return 'untitled-section'
  if (!slug.includes('-') || slug.startsWith('lede-') || /^p-\d+$/.test(slug)) {
    return `${slug}-section`
  }
  return slug
}
