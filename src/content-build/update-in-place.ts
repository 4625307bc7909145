import {
  copyFileSync,
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

// The journal of an update, in the scratch folder. "writing": the new texts are being put in
// the scratch folder, and the output is untouched. "committed": every new text is whole, and
// the output is becoming the new one.
type Journal = {
  target: string
  scratch: string
  state: 'writing' | 'committed'
  write: string[]
  remove: string[]
}

const nextText = (journal: Journal, relative: string) =>
  path.join(journal.scratch, 'next', relative)

// Changes the files of an update in place, so a rebuild that changed ten files of 200,000
// touches ten, rather than putting 200,000 into a new folder. A journal makes it whole however
// it is stopped: the new texts are written into the scratch folder first, and the output is
// not touched until all are whole; then the journal is marked committed, and the renames into
// the output (each atomic) and the removals follow. A build stopped before that leaves the old
// output byte for byte, and the next build (recoverUpdate) drops the scratch texts; one stopped
// after it is carried to the end by the next build.
export async function updateInPlace(
  target: string,
  update: Update,
  scratchDir: string,
): Promise<void> {
  const journalFile = path.join(scratchDir, 'journal.json')
  const write = [...update.write.keys()]
  const journal: Journal = {
    target,
    scratch: scratchDir,
    state: 'writing',
    write,
    remove: [...update.remove],
  }
  mkdirSync(scratchDir, { recursive: true })
  putWhole(journalFile, JSON.stringify(journal))
  try {
    for (const [relative, make] of update.write) {
      const file = nextText(journal, relative)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, await make())
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

function finish(journal: Journal): void {
  const { target, write, remove } = journal
  for (const relative of write) {
    const next = nextText(journal, relative)
    // Gone already when a stopped update had moved it.
    if (!existsSync(next)) continue
    const file = path.join(target, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    move(next, file)
  }
  for (const relative of remove) {
    const file = path.join(target, relative)
    rmSync(file, { force: true })
    removeEmptyFolders(target, path.dirname(file))
  }
}

function abandon(journal: Journal): void {
  rmSync(path.join(journal.scratch, 'next'), { recursive: true, force: true })
}

// A rename, atomic, when the scratch folder is on the output's file system; a copy and a rename
// within the output's folder when it is not.
function move(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    const beside = `${to}.${process.pid}.tmp`
    copyFileSync(from, beside)
    renameSync(beside, to)
    rmSync(from)
  }
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
