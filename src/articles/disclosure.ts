// A disclosure button in the prerendered page that src/boot.ts answers before the app has
// started: it flips the button's aria-expanded (the stylesheet shows or hides what it controls
// from that), and keeps the choice under `remember` when there is one. The app then takes the
// state it finds.
export const disclosureAttribute = 'data-disclosure'

export const summaryStorageKey = 'lede:summary-open'

export const disclosureAttributes = (remember = '') => ({ [disclosureAttribute]: remember })
