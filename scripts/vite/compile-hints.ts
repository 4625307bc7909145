// V8's explicit compile hint: a file that starts with this comment has every function compiled
// eagerly, on the thread that streams the download, instead of lazily on the main thread the
// first time each is called. Nearly all of the entry (React DOM above all) runs while the page
// is hydrated, so without it hydration stops to compile function after function. Lazy chunks
// are left to V8's own guesses: most of their code runs only when a reader asks for it.
export const eagerCompileHint = '//# allFunctionsCalledOnLoad'

/** Rolldown's `output.postBanner`, a line added after minification, which would strip a comment. */
export const compileHintBanner = (chunk: { isEntry: boolean }): string =>
  chunk.isEntry ? eagerCompileHint : ''
