import path from 'node:path'
import { listOrNone } from './list-folder.ts'

const INDEX = '/index.html'

// Whether a page is on disk, told by one listing of each folder that holds pages rather than a
// look-up of each page: at two hundred thousand pages those look-ups were a quarter of a rerun.
// A page counts as there when the folder it is the index of is in its parent's listing
// (articles/<slug>/ in articles/, topics/<slug>/page/<n>/ in topics/<slug>/page/), and a page
// at the top (404.html) when it is in the top listing. That is exact for what takes pages away:
// a client build empties the whole output folder, and this prerender removes a gone page only
// once no page stands for it, so it is not kept either way. A page file deleted by hand from a
// folder left in place is not noticed; deleting its folder, or the manifest, is.
export function pagesOnDisk(outDir: string): (relative: string) => boolean {
  const listings = new Map<string, ReadonlySet<string>>()
  const listing = (folder: string): ReadonlySet<string> => {
    let names = listings.get(folder)
    if (names === undefined) {
      names = new Set(listOrNone(path.join(outDir, folder)))
      listings.set(folder, names)
    }
    return names
  }
  return (relative) => {
    const entry = relative.endsWith(INDEX) ? relative.slice(0, -INDEX.length) : relative
    const cut = entry.lastIndexOf('/')
    return listing(cut < 0 ? '' : entry.slice(0, cut)).has(entry.slice(cut + 1))
  }
}
