import { spawn } from 'node:child_process'
import path from 'node:path'

export const bin = (name: string) => path.resolve('node_modules/.bin', name)

// Runs a command to its end and resolves with its wall-clock seconds; a failure stops the bench.
export function run(command: string, args: string[], cwd?: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    )
  })
}
