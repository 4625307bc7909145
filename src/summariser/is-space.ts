// Matches /\s/ exactly, without a regular expression for the common characters: the sentence
// splitter asks it of every character next to a possible sentence end.
export function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && /\s/.test(char)
}
