// A data file's text and the check of its schema, made only when the file is written. The
// collection's pages are made from heads the schemas have passed, and a rebuild after one edit
// keeps all but a few of 100,000 pages as they were: parsing every one again on every build
// would cost seconds and find nothing new. Any page that is written is still checked first
// (write-output.ts), and a build in memory checks them all (build-site.ts).
export type CheckedText = { text: string; check: () => void }

// A file the site steps make: its text, or its text and the check it passes before it is written.
export type SiteFile = string | CheckedText

// `text` is the page's JSON when the caller makes it faster than JSON.stringify (list-item.ts).
export function checkedText<Page>(
  page: Page,
  check: (page: Page) => unknown,
  text = JSON.stringify(page),
): CheckedText {
  return { text, check: () => void check(page) }
}

// The file's text once it is checked, for whoever writes or reads it.
export function checkedTextOf(file: SiteFile): string {
  if (typeof file === 'string') return file
  file.check()
  return file.text
}
