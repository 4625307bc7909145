// The search page's own words, in the site's language (English, as every page of the site's own
// chrome), until the catalogue in lib/words carries them for every language.
export const searchPageWords = {
  // Around the suggested words, which are a link: "Did you mean otters?"
  didYouMean: { before: 'Did you mean ', after: '?' },
}

export const moreResultsWords = {
  showMore: 'Show more results',
  // After the number found, once there are more than the first few: "23 articles found; showing 1 to 5".
  showing: '{found}; showing 1 to {shown}',
}
