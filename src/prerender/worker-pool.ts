import type { Worker } from 'node:worker_threads'
import { startTsWorker } from '../content-build/ts-worker.ts'

type PoolOptions = {
  // A module that answers each message (a batch of items) with one message (their results).
  worker: URL
  workerData: unknown
  // Names the work in the message of a thread that fails or stops.
  name: string
}

type RunOptions<Item, Result> = {
  items: readonly Item[]
  threads: number
  batchSize: number
  parseResults: (message: unknown) => Result[]
  onResults: (results: Result[]) => void
}

export type Pool = {
  run: <Item, Result>(options: RunOptions<Item, Result>) => Promise<void>
  close: () => Promise<void>
}

// Threads that answer batches of items. One thread starts at once, so it loads what it needs
// while this thread finds out what there is to do; run() starts the others only when there is
// work enough for them. Each thread takes the next batch when it answers, so a slow batch
// holds up one thread and not a share of the run, and has two in hand, so it starts the next
// while its last answer crosses back. A thread that fails or stops before it has answered all
// it was given fails the run, with a message: a run that lost a thread never ends as if all
// were well. close() must be called, or the threads keep the process alive.
export function startPool({ worker, workerData, name }: PoolOptions): Pool {
  type Thread = { worker: Worker; failure: Error | null; onFailure: (error: Error) => void }
  let closing = false
  const threads: Thread[] = []
  const start = () => {
    const number = threads.length + 1
    const thread: Thread = {
      worker: startTsWorker(worker, workerData),
      failure: null,
      onFailure: () => {},
    }
    const fail = (error: Error) => {
      if (closing || thread.failure) return
      thread.failure = error
      thread.onFailure(error)
    }
    thread.worker.on('error', (error) => {
      fail(new Error(`${name}: thread ${number} failed: ${error.message}`, { cause: error }))
    })
    thread.worker.on('exit', (code) => {
      fail(
        new Error(
          `${name}: thread ${number} stopped (exit code ${code}) before it had answered for ` +
            'all of its work; the output is incomplete',
        ),
      )
    })
    threads.push(thread)
  }
  start()

  const run = async <Item, Result>(options: RunOptions<Item, Result>) => {
    const { items, batchSize, parseResults, onResults } = options
    const wanted = Math.max(1, Math.min(options.threads, Math.ceil(items.length / batchSize)))
    while (threads.length < wanted) start()
    let next = 0
    const drive = (thread: Thread) =>
      new Promise<void>((resolve, reject) => {
        let inHand = 0
        let settled = false
        const settle = (error: unknown) => {
          if (settled) return
          settled = true
          thread.worker.off('message', answer)
          thread.onFailure = () => {}
          if (error) reject(error)
          else resolve()
        }
        const send = () => {
          if (next >= items.length) return
          thread.worker.postMessage(items.slice(next, next + batchSize))
          next += batchSize
          inHand += 1
        }
        const answer = (message: unknown) => {
          inHand -= 1
          try {
            onResults(parseResults(message))
          } catch (error) {
            settle(error)
            return
          }
          send()
          if (inHand === 0) settle(null)
        }
        if (thread.failure) return settle(thread.failure)
        thread.onFailure = settle
        thread.worker.on('message', answer)
        send()
        send()
        if (inHand === 0) settle(null)
      })
    await Promise.all(threads.slice(0, wanted).map(drive))
  }

  const close = async () => {
    closing = true
    await Promise.all(threads.map((thread) => thread.worker.terminate()))
  }
  return { run, close }
}
