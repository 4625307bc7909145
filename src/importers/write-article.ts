import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

// A crash or a full disk leaves a stray temp file at worst, never a half-written article:
// the text goes to a new temp file beside the target, which is then renamed over it.
export function writeAtomically(target: string, content: string | Uint8Array): void {
  const dir = dirname(target)
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, content, { flag: 'wx' })
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

// Every importer's rule: an existing article is never replaced unless the editor says so, and
// even then one source of this run never silently replaces another.
export class ArticleWriter {
  private readonly writtenBy = new Map<string, string>()

  constructor(private readonly force: boolean) {}

  write(target: string, content: string, source: string): void {
    const earlier = this.writtenBy.get(target)
    if (earlier !== undefined) {
      throw new Error(`${target} was already written from ${earlier} in this run`)
    }
    if (existsSync(target) && !this.force) {
      throw new Error(`${target} already exists; pass --force to overwrite it`)
    }
    writeAtomically(target, content)
    this.writtenBy.set(target, source)
  }

  written(): [target: string, source: string][] {
    return [...this.writtenBy.entries()]
  }
}
