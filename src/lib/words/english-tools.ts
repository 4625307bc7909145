// The words of saving, read marks, offline reading, new editions, Listen and Share, in English:
// the site's language, and the fallback for an article whose data has none (one in a language
// with no catalogue, or kept from an edition before these words). They are apart from
// english.ts because that file is part of every page's first load, and these are read only by
// parts that load once it is over. Other languages carry them at the end of their catalogue.
export const englishTools = {
  saved: 'Saved',
  newEdition: 'New edition',
  newEditionReady: 'A new edition of Lede is ready.',
  newEditionShow: 'Show the new edition',
  newEditionLater: 'Later',
  saveForOffline: 'Save for offline',
  saveForOfflineTitle: 'Save for offline: {title}',
  readMark: 'Read',
  savedMessage: 'Saved for offline reading.',
  savedKept: 'Your browser will keep it until you remove it.',
  savedMayBeCleared: 'Your browser may clear it if space runs low.',
  removedMessage: 'Removed from your saved articles.',
  saveFailed: 'Could not save this article.',
  saveUnsupported: 'This browser cannot keep articles.',
  saveUnreachable: 'Could not reach the server to save this article.',
  saveRefused: 'The server could not send this article (error {status}).',
  savedArticles: 'Saved articles',
  savedTotal: {
    one: 'One article, {size}, kept in this browser for reading offline.',
    other: '{n} articles, {size}, kept in this browser for reading offline.',
  },
  persistenceKept: 'Your browser has agreed to keep saved articles until you remove them.',
  persistenceMayBeCleared:
    'Your browser has not agreed to keep saved articles for good: it may clear them if space runs low.',
  persistenceUnknown: 'Your browser does not say whether it will keep saved articles.',
  savedOn: '{size}, saved {time}',
  savedOnUnknown: '{size}, saved at an unknown time',
  remove: 'Remove',
  removeTitle: 'Remove {title}',
  removeAll: 'Remove all saved articles',
  noSavedArticles:
    'No saved articles yet. Choose “Save for offline” on an article, or beside it in the list, to read it without a connection.',
  readMarks: 'Read marks',
  readMarksCount: {
    one: 'One article is marked as read in the lists.',
    other: '{n} articles are marked as read in the lists.',
  },
  noReadMarks: 'No articles are marked as read.',
  readMarksNote:
    'An article is marked once you have read to its end; the marks stay in this browser.',
  clearReadMarks: 'Clear read marks',
  notOffline: 'This article is not available offline',
  notOfflineMessage:
    'You are offline, and this article was not saved or opened in this browser before. It will open once you are back online.',
  savedForOffline: 'Saved for offline reading',
  noSavedYet: 'You have no saved articles yet.',
  listen: 'Listen',
  pause: 'Pause',
  listenResume: 'Resume',
  previousSentence: 'Previous sentence',
  nextSentence: 'Next sentence',
  speed: 'Speed',
  sentenceOf: 'Sentence {n} of {total}',
  share: 'Share',
  copyQuoteLink: 'Copy link to this quote',
  quoteLinkCopied: 'Link to the quote copied',
}
