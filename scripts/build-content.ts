import { parseArgs } from 'node:util'
import { defaultFolders, runContentBuild } from '../src/content-build/build-content-folder.ts'

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: defaultFolders.content },
    out: { type: 'string', default: defaultFolders.out },
    scratch: { type: 'string', default: defaultFolders.scratch },
    quiet: { type: 'boolean', default: false },
  },
})

runContentBuild(values, { quiet: values.quiet })
  .then((ok) => {
    if (!ok) process.exitCode = 1
  })
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
