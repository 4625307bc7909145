import { parseArgs } from 'node:util'
import { defaultCacheDir } from '../src/content-build/article-cache.ts'
import { runContentBuild } from '../src/content-build/run-content-build.ts'
import { defaultFolders } from '../src/content-build/content-folders.ts'

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: defaultFolders.content },
    out: { type: 'string', default: defaultFolders.out },
    scratch: { type: 'string', default: defaultFolders.scratch },
    cache: { type: 'string', default: defaultCacheDir },
    // Threads for articles not in the cache; every core by default.
    threads: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

const threads = values.threads === undefined ? undefined : Number(values.threads)
runContentBuild(values, { quiet: values.quiet, threads })
  .then((ok) => {
    if (!ok) process.exitCode = 1
  })
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
