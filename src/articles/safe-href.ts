// The links a reader can be given: the article schema admits no other, and the reader checks
// again before it renders one. A file of its own, without zod, so the renderer's check does not
// bring the schema into the first load.
export const isSafeHref = (href: string) => /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href)
