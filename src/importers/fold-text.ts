// Page wording is matched however the page spells it: case, accents, spacing, Arabic-Indic
// digits and the punctuation around a line do not count.
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\s+/g, ' ')
    .trim()
}

// The key of a whole line of wording: folded, without the punctuation that sites add or drop
// ("No time to read?", "¿No tienes tiempo para leer?", "Pas le temps de lire ?").
export function wordingKey(line: string): string {
  return foldText(line)
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .replace(/\s+/g, ' ')
}
