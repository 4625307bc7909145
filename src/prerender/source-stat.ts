import type { BigIntStats } from 'node:fs'

// A data file's stat stands for its text, so a rerun reads only the files whose stat changed.
// That is safe for the files the content build writes because it never writes into a file
// that is there: a file whose text changed is written new into a fresh folder (a new inode,
// with the time of that writing), and one whose text is the same is a hard link to the file
// already out (the same inode, size and modification time). So the same device, inode, size
// and modification time to the nanosecond means the same file, unchanged since it was read.
// An inode number freed by an old file may be given to a new one, of the same size even, but
// the new file's time is that of its own writing, a build later than the old one's.
//
// Anything else that writes a data file in place (an editor, a script) changes its time too,
// unless the write falls within the clock tick of the last one, which the file system may not
// tell apart. So a stat taken within SETTLE_MS of the file's last change is not kept (as git
// treats a "racy" index entry): the next run reads that file again and compares its key.
// Copying tools that set times (cp -p, rsync -a) could in principle bring back a file of the
// same inode, size and time with other text; rsync itself trusts size and time the same way.
export const SETTLE_MS = 2000n

// Joined rather than templated: one flat string, not a chain of eight pieces, for each of the
// hundreds of thousands of files a survey keeps a key of.
export function statKey(stats: BigIntStats): string {
  return [stats.dev, stats.ino, stats.size, stats.mtimeNs].join(':')
}

// The stat to keep for a file read now, or null when it changed too recently to stand for it.
export function settledStat(stats: BigIntStats, nowMs: number): string | null {
  const settledBefore = (BigInt(Math.floor(nowMs)) - SETTLE_MS) * 1_000_000n
  return stats.mtimeNs < settledBefore ? statKey(stats) : null
}
