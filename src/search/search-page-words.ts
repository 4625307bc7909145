// The search page's own words, in the site's language (English, as every page of the site's own
// chrome), until the catalogue in lib/words carries them for every language.
export const searchPageWords = {
  // Around the suggested words, which are a link: "Did you mean otters?"
  didYouMean: { before: 'Did you mean ', after: '?' },
}
