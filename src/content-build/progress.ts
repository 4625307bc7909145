// Progress of long work (articles built, pages rendered) for the person waiting: on a terminal
// a bar redrawn in place with counts and the time left; elsewhere (CI, a log file) a plain line
// every ten per cent, so a log shows the run moving without thousands of lines.
export type Progress = { update: (done: number) => void; finish: () => void }

type ProgressOptions = {
  label: string
  total: number
  stream?: NodeJS.WriteStream
  now?: () => number
  // Small runs finish before anyone looks; they print nothing.
  minimum?: number
}

const WIDTH = 24

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`
}

export function progressLine(label: string, done: number, total: number, elapsed: number): string {
  const share = total ? done / total : 1
  const left = done ? (elapsed / done) * (total - done) : 0
  const count = `${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')}`
  const time = done < total && done ? `, about ${formatSeconds(left)} left` : ''
  return `${label}: ${count} (${Math.floor(share * 100)}%)${time}`
}

export function startProgress({
  label,
  total,
  stream = process.stderr,
  now = () => performance.now(),
  minimum = 500,
}: ProgressOptions): Progress {
  const started = now()
  const quiet = total < minimum
  let lastTenth = 0
  let lastDraw = 0
  const elapsed = () => (now() - started) / 1000
  return {
    update(done) {
      if (quiet) return
      if (stream.isTTY) {
        if (now() - lastDraw < 100 && done < total) return
        lastDraw = now()
        const filled = Math.round((done / Math.max(total, 1)) * WIDTH)
        const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`
        stream.write(`\r${bar} ${progressLine(label, done, total, elapsed())}\x1b[K`)
        return
      }
      const tenth = Math.floor((done / Math.max(total, 1)) * 10)
      if (tenth > lastTenth && done < total) {
        lastTenth = tenth
        stream.write(`${progressLine(label, done, total, elapsed())}\n`)
      }
    },
    finish() {
      if (!quiet && stream.isTTY) stream.write('\r\x1b[K')
    },
  }
}
