// Each result shown costs a fetch of the text its excerpt is made from, so a search shows the
// first few and the reader asks for more.
export const FIRST_RESULTS = 5
export const MORE_RESULTS = 10
