import { stampOf } from './source-index.ts'

// A folder's modification time changes whenever a file in it is added, removed or renamed, so
// while every folder of a content folder keeps the stamp it had when it was listed, the listing
// holds still, and a rebuild in place stats the files it names rather than listing 100,000 of
// them again. A folder changed close to when it was listed (within SETTLE_MS, or after) is not
// trusted: a file added in the same tick of a coarse clock would leave its stamp as it was.
export type FolderStamps = {
  listedAt: number
  // Each folder's path with its stamp (stampOf: size, modification time and inode).
  folders: [folder: string, stamp: string][]
}

export const SETTLE_MS = 2000

// Taken after the listing, so a file added while it was read leaves its folder changed after
// the listing began, and untrusted.
export function stampFolders(folders: readonly string[], listedAt: number): FolderStamps {
  return { listedAt, folders: folders.map((folder) => [folder, stampOf(folder)]) }
}

// Whether the files listed when the stamps were taken are still the files there are.
export function listingHolds({ listedAt, folders }: FolderStamps): boolean {
  if (!folders.length) return false
  return folders.every(([folder, stamp]) => {
    const modifiedMs = Number(BigInt(stamp.split(':')[1] ?? '0') / 1_000_000n)
    if (modifiedMs >= listedAt - SETTLE_MS) return false
    try {
      return stampOf(folder) === stamp
    } catch {
      return false
    }
  })
}
