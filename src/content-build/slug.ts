// Slugs for new articles (the importers name files with them); what a slug may be is the
// article schema's slugPattern.

export const MAX_SLUG_LENGTH = 80

const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

// A slug made from a title, for a new article: accents are dropped (é becomes e), a few letters
// that do not decompose are spelled out, and a title with no Latin letters at all gets a stable
// hash, since an address of digits or of nothing says less than one that is unique.
export function slugify(title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    // "Ukraine’s" reads better as "ukraines" than as "ukraine-s".
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (!/[a-z]/.test(words)) return `article-${shortHash(title.normalize('NFC'))}`
  if (words.length <= MAX_SLUG_LENGTH) return words
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1).lastIndexOf('-')
  return (cut > 0 ? words.slice(0, cut) : words.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}

// FNV-1a over the UTF-8 bytes: stable across runs and machines, and needs no crypto module.
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
