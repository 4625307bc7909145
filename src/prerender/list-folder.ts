import { readdirSync } from 'node:fs'

// The names in a folder, or none when it is not there: a site with no topics, or no authors,
// has no folder for them, and an output folder a client build emptied has no page folders.
export function listOrNone(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}
