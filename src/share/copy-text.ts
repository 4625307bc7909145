import { fill } from '../lib/words/count.ts'

// Copies a link and says what happened, in the page's words, for a status region to announce:
// `copied` on success; `failed` (with the link in it, to copy by hand) otherwise.
export async function copyLink(
  url: string,
  words: { copied: string; failed: string },
): Promise<string> {
  try {
    await navigator.clipboard.writeText(url)
    return words.copied
  } catch {
    return fill(words.failed, { url })
  }
}
