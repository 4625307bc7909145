// Section ids appear in URLs (#what-comes-next), so they are readable words from the heading.
// They must also never become a global name: browsers expose elements with an id as
// properties of `window` (and some of `document`), so an id such as "location", "top" or
// "cookie" could clobber a name the page relies on. Every name the browser defines is a
// JavaScript identifier, and no identifier contains a hyphen, so each id keeps at least one
// hyphen. The `lede-` prefix belongs to the app's own ids, `p-<n>` to paragraphs, and
// `fn-<n>` and `fnref-<n>` to notes and the places that refer to them. Ids in `taken` are
// already in use (subheadings are given ids after the sections).
export function makeSectionIds(titles: string[], taken: Iterable<string> = []): string[] {
  const used = new Set<string>(taken)
  return titles.map((title) => {
    const base = toIdBase(title)
    let id = base
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
    used.add(id)
    return id
  })
}

export function toIdBase(title: string): string {
  const slug = title
    .normalize('NFKD')
    // Only the Latin-style accents go (é becomes e); marks that are part of other scripts'
    // letters, such as Devanagari vowel signs or the kana voicing mark, stay, then recompose.
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    // An id starts with a letter or digit: a mark with nothing to sit on is dropped.
    .replace(/^[\p{M}-]+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  let id = slug || 'untitled'
  if (!id.includes('-')) id = `${id}-section`
  // The hyphen rule runs first, so a heading such as "Lede" cannot become a reserved "lede-" id.
  if (id.startsWith('lede-') || /^(?:p|fn|fnref)-\d+(?:-\d+)?$/.test(id)) id = `section-${id}`
  return id
}
