// Where the content build puts each piece of data, as the reader asks for it.
export const articleUrl = (slug: string) => `/data/articles/${slug}.json`
export const listPageUrl = (page: number) => `/data/list/${page}.json`
