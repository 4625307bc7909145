// Runs a command's work and makes its exit code say how it went. A failure prints its error and
// exits 1. So does work that never settles: when a process the command waits on dies without
// answering (the search indexer killed for want of memory), Node finds nothing left to do and
// would exit 0 with half the output written, as if all were well.
export function runToEnd(name: string, work: () => Promise<void>): void {
  let settled = false
  process.on('beforeExit', () => {
    if (settled) return
    settled = true
    console.error(
      `${name}: stopped before it finished, with nothing left running: a process it was waiting ` +
        'on went away without answering (most often one killed for want of memory); ' +
        'the output is incomplete',
    )
    process.exitCode = 1
  })
  work().then(
    () => {
      settled = true
    },
    (error: unknown) => {
      settled = true
      console.error(error)
      process.exitCode = 1
    },
  )
}
