// The flags Node runs the content build with, wherever it is started (package.json's `content`
// script gives the same). A rebuild at 100,000 articles makes a few short-lived objects for
// every article: with a young generation of 64 MB rather than 16, far fewer of them live long
// enough to be copied: a rebuild after one edit at 100,000 articles took 1.5 to 2 s less of
// about 18 s (two runs each way, on a loaded machine).
export const CONTENT_NODE_FLAGS = ['--max-semi-space-size=64']
