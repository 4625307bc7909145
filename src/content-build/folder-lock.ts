import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'

// A lock file in a folder, held by one process at a time (term-store.ts keeps its words
// under one); a lock whose process has died is taken over.
const LOCK = 'lock'

// Locks this process holds, let go when it exits however it exits.
const heldLocks = new Set<string>()
let releasingOnExit = false

// The folder for this process alone, or false when a live process holds it. A lock left by a
// build that died is taken over.
export function lockFolder(dir: string): boolean {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, LOCK)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      heldLocks.add(file)
      if (!releasingOnExit) {
        releasingOnExit = true
        process.once('exit', () => {
          for (const held of heldLocks) rmSync(held, { force: true })
        })
      }
      return true
    } catch {
      if (holderAlive(file)) return false
      rmSync(file, { force: true })
    }
  }
  return false
}

function holderAlive(file: string): boolean {
  try {
    const holder = Number(readFileSync(file, 'utf8'))
    return Number.isInteger(holder) && holder > 0 && alive(holder)
  } catch {
    return false
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function unlockFolder(dir: string): void {
  const file = path.join(dir, LOCK)
  rmSync(file, { force: true })
  heldLocks.delete(file)
}
