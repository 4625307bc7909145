import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

// The app's icons are drawn as SVG (public/icons/*.svg) and rasterised here for the manifest,
// which needs PNGs at 192 and 512 px. The PNGs are committed, so a build needs no image tools;
// run `npm run icons` after changing a drawing.
const dir = path.resolve('public/icons')
const outputs = [
  { source: 'icon.svg', size: 192, file: 'icon-192.png' },
  { source: 'icon.svg', size: 512, file: 'icon-512.png' },
  { source: 'icon-maskable.svg', size: 512, file: 'icon-maskable-512.png' },
  { source: 'icon.svg', size: 180, file: 'apple-touch-icon.png' },
]

for (const { source, size, file } of outputs) {
  const svg = await readFile(path.join(dir, source))
  await sharp(svg, { density: (72 * size) / 512 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(path.join(dir, file))
  console.log(`icons: ${file} (${size}×${size})`)
}
