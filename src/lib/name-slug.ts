// The address of a topic or an author, made from its name: "Local politics" and
// "local-politics" are one topic, and names in any script keep their letters
// (/topics/μεταφορές). The content build and the reader make addresses with this one function.
export function nameSlug(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

export const topicPath = (name: string) => `/topics/${encodeURIComponent(nameSlug(name))}`
export const authorPath = (name: string) => `/authors/${encodeURIComponent(nameSlug(name))}`
