// A page in Greek or Arabic sets its first screen in faces an English page does not use. With
// font-display: optional a face is used only if it is there in time, so the page asks for the
// faces of its first screen at once (in Arabic that includes the bold Latin of the wordmark).
// Files are named by the @fontsource file they were built from.
const firstScreenFaces: Record<string, string[]> = {
  ar: [
    'noto-naskh-arabic-arabic-400-normal',
    'noto-naskh-arabic-arabic-700-normal',
    'noto-naskh-arabic-latin-400-normal',
    'noto-naskh-arabic-latin-700-normal',
  ],
  el: [
    'source-serif-4-greek-400-normal',
    'source-serif-4-greek-700-normal',
    'source-sans-3-greek-400-normal',
  ],
}

export function fontPreloads(lang: string, assetFiles: string[]): string {
  const faces = firstScreenFaces[lang.toLowerCase().split('-')[0] ?? ''] ?? []
  return faces
    .map((face) =>
      assetFiles.find((file) => file.startsWith(`${face}-`) && file.endsWith('.woff2')),
    )
    .filter((file) => file !== undefined)
    .map(
      (file) =>
        `<link rel="preload" href="/assets/${file}" as="font" type="font/woff2" crossorigin/>`,
    )
    .join('')
}
