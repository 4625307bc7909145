// `node scripts/run-script.mjs scripts/build-content.ts [options]`: runs one of the build's
// TypeScript scripts as plain JavaScript. Through tsx, a run spends a quarter of a second
// starting the TypeScript loader and passing every module through it, which is most of a
// rebuild after one edit; here the script and its worker modules are bundled by esbuild once
// for each version of their code, kept in node_modules/.cache/lede-scripts by a hash of every
// file the bundle was made from, and a run with the code unchanged reads those files, hashes
// them and imports the bundle. Packages stay outside the bundle, loaded from node_modules.
//
// Inside the bundle, import.meta.url is each module's own source file's, as under tsx, so paths
// made from it (a worker module, a file beside the module) are the same either way. A worker
// module bundled here is started from its bundle (src/content-build/ts-worker.ts reads the map
// in LEDE_BUNDLED_WORKERS); any other is started through tsx, as before. Each bundle has its
// source maps beside it: NODE_OPTIONS=--enable-source-maps makes a stack trace name the
// TypeScript (reading them costs each run a twentieth of a second, so they are not read unless
// asked for).
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// The modules the build's scripts start as worker threads.
export const workerModules = ['src/content-build/build-worker.ts', 'src/prerender/render-worker.ts']

const root = path.resolve(import.meta.dirname, '..')
const cacheRoot = path.join(root, 'node_modules', '.cache', 'lede-scripts')
// Any change to how bundles are made here makes new ones.
const RECIPE = 'lede-scripts-2'

const hashOf = (...parts) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 24)
}

// The bundle of an entry as last made, if every file it was made from is as it was then. Each
// bundle has a folder of its own, named by what it was made from, and is never changed: a run
// that loads a part of it late (a module imported only when needed) finds it as it was.
function currentBundle(folder) {
  let made
  try {
    const { id } = JSON.parse(readFileSync(path.join(folder, 'current.json'), 'utf8'))
    made = { ...JSON.parse(readFileSync(path.join(folder, id, 'made.json'), 'utf8')), id }
  } catch {
    return null
  }
  for (const [file, hash] of made.inputs) {
    let text
    try {
      text = readFileSync(path.join(root, file))
    } catch {
      return null
    }
    if (hashOf(text) !== hash) return null
  }
  return made
}

// Each source module's import.meta.url (and its dirname and filename) as the module's own; and
// the hash of each as it was read, so a file saved while the bundle is made leaves it stale.
const ownUrls = (hashes) => ({
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const text = readFileSync(args.path, 'utf8')
      hashes.set(path.relative(root, args.path).split(path.sep).join('/'), hashOf(text))
      const contents = text
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' }
    })
  },
})

// Bundles older than this are removed when a new one is made; one a run may still be using
// is younger.
const KEEP_MS = 24 * 3_600_000

// Every bundle but each script's current one, once it is old enough that no run still uses it.
function pruneBundles() {
  const old = Date.now() - KEEP_MS
  for (const entry of readdirSync(cacheRoot)) {
    const folder = path.join(cacheRoot, entry)
    let current = null
    try {
      current = JSON.parse(readFileSync(path.join(folder, 'current.json'), 'utf8')).id
    } catch {
      // A script whose bundles are all old, or one being made.
    }
    for (const name of readdirSync(folder)) {
      const bundle = path.join(folder, name)
      // Another run may be removing it too.
      const madeAt = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
      if (name !== current && name !== 'current.json' && madeAt < old) {
        rmSync(bundle, { recursive: true, force: true })
      }
    }
  }
}

async function makeBundle(entry, folder) {
  // Loaded only to make a bundle: a run that finds its bundle made has no need of it.
  const { build } = await import('esbuild')
  const scratch = path.join(folder, `scratch-${process.pid}`)
  mkdirSync(folder, { recursive: true })
  const entries = [entry, ...workerModules.filter((module) => module !== entry)]
  const hashes = new Map()
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries.map((file) => [bundleName(file), file])),
    outdir: scratch,
    // Modules, said so by their names: under node_modules no package.json says it for them.
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [ownUrls(hashes)],
  })
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .sort()
    .map((file) => [file, hashes.get(file) ?? hashOf(readFileSync(path.join(root, file)))])
  const made = {
    entry: bundleName(entry),
    workers: Object.fromEntries(workerModules.map((module) => [module, bundleName(module)])),
    inputs,
  }
  const id = hashOf(JSON.stringify(made))
  writeFileSync(path.join(scratch, 'made.json'), JSON.stringify(made))
  try {
    renameSync(scratch, path.join(folder, id))
  } catch (error) {
    // Another run made the same bundle first: use it.
    rmSync(scratch, { recursive: true, force: true })
    if (!existsSync(path.join(folder, id, 'made.json'))) throw error
  }
  const pointer = path.join(folder, `current-${process.pid}.json`)
  writeFileSync(pointer, JSON.stringify({ id }))
  renameSync(pointer, path.join(folder, 'current.json'))
  pruneBundles()
  return { ...made, id }
}

const bundleName = (file) => file.replace(/^(src|scripts)\//, '').replace(/\.tsx?$/, '')

async function main() {
  const entry = process.argv[2]
  if (!entry || !/\.tsx?$/.test(entry)) {
    console.error('usage: node scripts/run-script.mjs scripts/NAME.ts [options]')
    process.exitCode = 2
    return
  }
  const relative = path.relative(root, path.resolve(entry)).split(path.sep).join('/')
  const folder = path.join(cacheRoot, hashOf(RECIPE, relative))
  const made = currentBundle(folder) ?? (await makeBundle(relative, folder))
  const fileOf = (name) => pathToFileURL(path.join(folder, made.id, `${name}.mjs`)).href
  const workers = {}
  for (const [module, name] of Object.entries(made.workers)) {
    workers[pathToFileURL(path.join(root, module)).href] = fileOf(name)
  }
  process.env.LEDE_BUNDLED_WORKERS = JSON.stringify(workers)
  // The script reads its options from argv as it would if run itself.
  process.argv.splice(1, 2, path.resolve(entry))
  await import(fileOf(made.entry))
}

// Imported (its list of worker modules, by a test), it runs nothing.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
