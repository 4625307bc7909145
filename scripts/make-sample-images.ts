import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

// The sample articles' images are drawn here, as SVG, and rasterised to PNG; the PNGs in
// content/images/ are committed, so a build needs only them. Run `npx tsx
// scripts/make-sample-images.ts` after changing a drawing. Flat colours keep each file small.
const dir = path.resolve('content/images')
const width = 1200
const height = 675

const sky = (top: string, bottom: string) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#sky)"/>`

// A river through reeds at dawn, an otter's head and its wake on the water.
const otter = `${sky('#f6c48b', '#f9e7c9')}
<circle cx="880" cy="250" r="70" fill="#fff3d6"/>
<path d="M0 330 Q300 300 600 340 T1200 320 V675 H0Z" fill="#5d7a5a"/>
<path d="M0 400 Q300 370 600 410 T1200 390 V675 H0Z" fill="#3f6f8a"/>
<path d="M380 470 q60 -18 120 0 q60 18 120 0 q60 -18 120 0" fill="none" stroke="#a9cbe0" stroke-width="6"/>
<path d="M300 500 q80 -22 160 0 q80 22 160 0 q80 -22 160 0 q80 22 160 0" fill="none" stroke="#8db7d1" stroke-width="5"/>
<ellipse cx="770" cy="455" rx="46" ry="34" fill="#5a3d2b"/>
<circle cx="755" cy="445" r="5" fill="#1b120c"/><circle cx="790" cy="445" r="5" fill="#1b120c"/>
<ellipse cx="772" cy="462" rx="9" ry="6" fill="#1b120c"/>
<circle cx="738" cy="425" r="9" fill="#5a3d2b"/><circle cx="806" cy="425" r="9" fill="#5a3d2b"/>
${Array.from({ length: 26 }, (_, i) => `<path d="M${20 + i * 46} 420 q8 -90 ${i % 2 ? 14 : -10} -150" stroke="#2f4a2c" stroke-width="6" fill="none"/>`).join('')}`

// Two days of tides at the harbour: the predicted height against the time of day.
const tideCurve = (() => {
  const points = Array.from({ length: 97 }, (_, i) => {
    const x = 80 + (i * (width - 140)) / 96
    const y =
      360 - 230 * Math.sin((i / 96) * 2 * Math.PI * 3.87 + 0.6) * (0.85 + 0.15 * Math.cos(i / 20))
    return `${x.toFixed(1)},${y.toFixed(1)}`
  })
  const grid = Array.from(
    { length: 9 },
    (_, i) =>
      `<line x1="80" x2="${width - 60}" y1="${100 + i * 65}" y2="${100 + i * 65}" stroke="#d5dde5" stroke-width="2"/>`,
  ).join('')
  return `<rect width="${width}" height="${height}" fill="#ffffff"/>${grid}
<polygon points="80,620 ${points.join(' ')} ${width - 60},620" fill="#cfe3f2"/>
<polyline points="${points.join(' ')}" fill="none" stroke="#1d4e89" stroke-width="6"/>
<line x1="80" x2="${width - 60}" y1="620" y2="620" stroke="#44505c" stroke-width="3"/>
<line x1="80" x2="80" y1="90" y2="620" stroke="#44505c" stroke-width="3"/>
<line x1="80" x2="${width - 60}" y1="250" y2="250" stroke="#c0392b" stroke-width="4" stroke-dasharray="16 10"/>`
})()

// The barrier's four gates shut across the harbour mouth, a storm sea on the outer side.
const barrier = `${sky('#5b6770', '#9aa6ad')}
<path d="M0 300 Q150 270 300 300 T600 300 T900 300 T1200 300 V675 H0Z" fill="#2d4f63"/>
<path d="M0 360 Q150 330 300 360 T600 360 T900 360 T1200 360" fill="none" stroke="#e8eef2" stroke-width="5"/>
<rect x="0" y="430" width="${width}" height="245" fill="#3f6f8a"/>
${[0, 1, 2, 3].map((i) => `<rect x="${150 + i * 240}" y="250" width="180" height="190" fill="#c8ccd0" stroke="#4a4f54" stroke-width="6"/><rect x="${125 + i * 240}" y="200" width="30" height="240" fill="#4a4f54"/>`).join('')}
<rect x="1085" y="200" width="30" height="240" fill="#4a4f54"/>
<rect x="0" y="440" width="${width}" height="14" fill="#4a4f54"/>`

// The eastern tram extension: the existing line, the new one and its seven stops.
const tramMap = (() => {
  const stops = [
    [520, 360],
    [610, 330],
    [700, 320],
    [790, 300],
    [880, 300],
    [970, 280],
    [1070, 250],
  ]
  return `<rect width="${width}" height="${height}" fill="#f3efe6"/>
<path d="M0 520 Q300 470 600 540 T1200 500 V675 H0Z" fill="#b9d6e6"/>
<rect x="760" y="140" width="260" height="120" rx="10" fill="#d9e7c9"/>
<path d="M60 420 L200 400 L330 380 L440 370 L520 360" fill="none" stroke="#7a7f85" stroke-width="14" stroke-linecap="round"/>
<path d="M520 360 ${stops.map(([x, y]) => `L${x} ${y}`).join(' ')}" fill="none" stroke="#c0392b" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>
${[
  [60, 420],
  [200, 400],
  [330, 380],
  [440, 370],
]
  .map(
    ([x, y]) =>
      `<circle cx="${x}" cy="${y}" r="14" fill="#ffffff" stroke="#7a7f85" stroke-width="6"/>`,
  )
  .join('')}
${stops.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="16" fill="#ffffff" stroke="#c0392b" stroke-width="7"/>`).join('')}`
})()

const drawings = [
  { file: 'otter-at-dawn.png', svg: otter },
  { file: 'harwick-tide-curve.png', svg: tideCurve },
  { file: 'tidal-barrier-gates.png', svg: barrier },
  { file: 'tram-extension-map.png', svg: tramMap },
]

await mkdir(dir, { recursive: true })
for (const { file, svg } of drawings) {
  const source = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svg}</svg>`
  const info = await sharp(Buffer.from(source))
    .png({ compressionLevel: 9, palette: true, colours: 64 })
    .toFile(path.join(dir, file))
  console.log(
    `sample images: ${file} (${info.width}×${info.height}, ${(info.size / 1024).toFixed(1)} kB)`,
  )
}
