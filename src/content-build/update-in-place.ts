import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

// The files to change in an output folder that holds the last build's output: each changed
// file's text (or a way to make it), and the files that are gone.
export type Update = {
  write: ReadonlyMap<string, () => string | Promise<string>>
  remove: readonly string[]
}

// The journal of an update, in the scratch folder. "writing": the new texts are being put
// beside their files, under scratch names, and the output is still the old one. "committed":
// every new text is whole, and the output is becoming the new one.
type Journal = { target: string; state: 'writing' | 'committed'; write: string[]; remove: string[] }

const scratchName = (file: string) => `${file}.lede-next`

// Changes the files of an update in place, so a rebuild that changed ten files of 200,000
// touches ten, rather than putting 200,000 into a new folder. A journal makes it whole however
// it is stopped: the new texts are written beside their files first; only when all are whole
// is the journal marked committed, and the renames (each atomic) and removals follow. A build
// stopped before that leaves the old output, and the next build (recoverUpdate) removes the
// scratch files; one stopped after it is carried to the end by the next build.
export async function updateInPlace(
  target: string,
  update: Update,
  scratchDir: string,
): Promise<void> {
  const journalFile = path.join(scratchDir, 'journal.json')
  const write = [...update.write.keys()]
  const journal: Journal = { target, state: 'writing', write, remove: [...update.remove] }
  mkdirSync(scratchDir, { recursive: true })
  putWhole(journalFile, JSON.stringify(journal))
  try {
    for (const [relative, make] of update.write) {
      const file = path.join(target, relative)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(scratchName(file), await make())
    }
  } catch (error: unknown) {
    abandon(journal)
    rmSync(journalFile, { force: true })
    throw error
  }
  putWhole(journalFile, JSON.stringify({ ...journal, state: 'committed' }))
  finish(journal)
  rmSync(journalFile, { force: true })
}

// Whatever an update stopped midway left in the output, undone or carried through.
export function recoverUpdate(scratchDir: string): void {
  const journalFile = path.join(scratchDir, 'journal.json')
  if (!existsSync(journalFile)) return
  let journal: Journal
  try {
    journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal
  } catch {
    // Written whole or not at all (putWhole): an unreadable one is another program's.
    throw new Error(`${journalFile} is not an output journal: remove it and build again`)
  }
  if (journal.state === 'committed') finish(journal)
  else abandon(journal)
  rmSync(journalFile, { force: true })
}

function finish({ target, write, remove }: Journal): void {
  for (const relative of write) {
    const file = path.join(target, relative)
    // Gone already when a stopped update had renamed it.
    if (existsSync(scratchName(file))) renameSync(scratchName(file), file)
  }
  for (const relative of remove) {
    const file = path.join(target, relative)
    rmSync(file, { force: true })
    removeEmptyFolders(target, path.dirname(file))
  }
}

function abandon({ target, write }: Journal): void {
  for (const relative of write) rmSync(scratchName(path.join(target, relative)), { force: true })
}

// A topic or author no article has now leaves its folder empty: it goes too, up to the output.
function removeEmptyFolders(target: string, folder: string): void {
  let at = folder
  while (at.startsWith(target + path.sep)) {
    try {
      rmdirSync(at)
    } catch {
      return
    }
    at = path.dirname(at)
  }
}

function putWhole(file: string, text: string): void {
  const scratch = `${file}.${process.pid}.tmp`
  writeFileSync(scratch, text)
  renameSync(scratch, file)
}
