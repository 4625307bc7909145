import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { expect, test, vi } from 'vitest'
import { encodeImage } from './encode-image.ts'
import { makeImageFiles } from './image-files.ts'

// Encoding AVIF at several widths takes seconds on two busy cores: more than a test's default.
vi.setConfig({ testTimeout: 30_000 })

const png = (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer()

async function folders() {
  const root = await mkdtemp(path.join(tmpdir(), 'lede-images-'))
  return { root, out: path.join(root, 'out'), cache: path.join(root, 'cache') }
}

test('each image becomes AVIF, WebP and PNG files at widths up to its own, named by its bytes', async () => {
  const { root, ...dirs } = await folders()
  const source = path.join(root, 'Tide Chart.png')
  await writeFile(source, await png(1000, 500, '#1d4e89'))
  const { images, encoded } = await makeImageFiles([source, source], dirs)
  expect(encoded).toBe(1)
  const outcome = images.get(source)
  if (!outcome || !('picture' in outcome)) throw new Error(JSON.stringify(outcome))
  const { picture } = outcome
  expect([picture.width, picture.height, picture.type]).toEqual([1000, 500, 'image/png'])
  expect(picture.avif.map((file) => file.width)).toEqual([480, 800, 1000])
  expect(picture.src).toMatch(/^\/images\/tide-chart-[0-9a-f]{16}-800\.png$/)
  expect((await readdir(dirs.out)).sort()).toEqual(
    [...picture.avif, ...picture.webp, ...picture.fallback].map((file) => file.src.slice(8)).sort(),
  )
})

test('a rebuild encodes only the image that changed, and drops the files of the old one', async () => {
  const { root, ...dirs } = await folders()
  const [a, b] = [path.join(root, 'a.png'), path.join(root, 'b.png')]
  await writeFile(a, await png(600, 400, '#ff0000'))
  await writeFile(b, await png(600, 400, '#00ff00'))
  let calls = 0
  const counting: typeof encodeImage = (...args) => {
    calls += 1
    return encodeImage(...args)
  }
  const first = await makeImageFiles([a, b], dirs, { encode: counting })
  expect([first.encoded, calls]).toEqual([2, 2])
  await writeFile(b, await png(600, 400, '#0000ff'))
  const second = await makeImageFiles([a, b], dirs, { encode: counting })
  expect([second.encoded, calls]).toEqual([1, 3])
  expect(second.images.get(a)).toEqual(first.images.get(a))
  const names = await readdir(dirs.out)
  const oldB = first.images.get(b)
  const oldFile = oldB && 'picture' in oldB ? oldB.picture.src.slice(8) : ''
  expect(names).not.toContain(oldFile)
  expect(names).toHaveLength(12)
})

test("some of the images made, without pruning, leave every other image's files in place", async () => {
  const { root, ...dirs } = await folders()
  const [a, b] = [path.join(root, 'a.png'), path.join(root, 'b.png')]
  await writeFile(a, await png(600, 400, '#ff0000'))
  await writeFile(b, await png(600, 400, '#00ff00'))
  await makeImageFiles([a, b], dirs)
  const before = (await readdir(dirs.out)).sort()
  await makeImageFiles([a], dirs, { prune: false })
  expect((await readdir(dirs.out)).sort()).toEqual(before)
  await makeImageFiles([a], dirs)
  expect((await readdir(dirs.out)).length).toBe(before.length / 2)
})

const write = (bytes: () => Promise<Buffer | string>) => async (file: string) =>
  writeFile(file, await bytes())

test.each([
  [
    'a missing file',
    'missing',
    async () => undefined,
    /missing\.png does not exist: save the image there, or correct the path$/,
  ],
  [
    'an unreadable file',
    'broken',
    write(async () => 'not an image at all'),
    /broken\.png cannot be read as an image \(.+\): save it again as a JPEG, PNG or WebP$/,
  ],
  [
    'an image too large in pixels',
    'huge',
    write(() => png(8001, 10, '#000000')),
    /huge\.png is 8001×10 px, more than the 8000 px a side the build accepts: scale it down/,
  ],
  [
    'an image too large in bytes',
    'heavy',
    write(async () => Buffer.alloc(10 * 1024 * 1024 + 1)),
    /heavy\.png is 10\.0 MB, more than the 10 MB the build accepts: save it smaller/,
  ],
])('%s is reported, not encoded', async (_, name, make, problem) => {
  const { root, ...dirs } = await folders()
  const file = path.join(root, `${name}.png`)
  await make(file)
  let calls = 0
  const { images } = await makeImageFiles([file], dirs, {
    encode: async (...args) => {
      calls += 1
      return encodeImage(...args)
    },
  })
  const outcome = images.get(file)
  expect(outcome && 'problem' in outcome ? outcome.problem : outcome).toMatch(problem)
  expect(await readdir(dirs.out)).toEqual([])
  expect(calls).toBeLessThanOrEqual(1)
})
