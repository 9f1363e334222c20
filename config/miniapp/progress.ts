import { spawn } from 'node:child_process'
import { createWriteStream, readFileSync } from 'node:fs'
import { CliError } from './errors'

/** Where the CLI speaks: stdout for results, stderr for progress (so `catalog` can pipe JSON). */
export interface Output {
  out: (line: string) => void
  progress: (line: string) => void
}

export const consoleOutput: Output = {
  out: (line) => console.log(line),
  progress: (line) => console.error(line),
}

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)}s`

/** Runs one step with its title and how long it took. */
export const step = async <T>(output: Output, title: string, run: () => Promise<T> | T): Promise<T> => {
  const started = Date.now()
  output.progress(`▸ ${title}…`)
  const result = await run()
  output.progress(`  ${title}: done in ${seconds(started)}`)
  return result
}

export interface LongRun {
  command: string
  args: string[]
  cwd: string
  env?: Record<string, string>
  /** What it is doing, for the progress lines: "building weapp". */
  label: string
  /** Its output goes here; the last lines are shown when it fails. */
  logFile: string
  /** Seconds between "still …" lines. */
  tick?: number
}

/** A long child process (a Taro build) with a progress line every `tick` seconds and its log kept in a file. */
export const runLong = (output: Output, run: LongRun): Promise<void> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    const log = createWriteStream(run.logFile)
    output.progress(`  ${run.label} (log: ${run.logFile})`)
    const child = spawn(run.command, run.args, { cwd: run.cwd, env: { ...process.env, ...run.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    const timer = setInterval(() => output.progress(`  … still ${run.label}, ${seconds(started)}`), (run.tick ?? 15) * 1000)
    const finish = (error?: CliError) => {
      clearInterval(timer)
      log.end(() => (error ? reject(error) : resolve()))
    }
    child.on('error', (e) => finish(new CliError(`${run.label} could not start: ${e.message}`)))
    child.on('close', (code) => {
      if (code === 0) {
        output.progress(`  ${run.label}: done in ${seconds(started)}`)
        return finish()
      }
      finish(new CliError(`${run.label} failed (exit ${code})`, 1, `The end of ${run.logFile}:\n${tailOf(run.logFile)}`))
    })
  })

const tailOf = (file: string, lines = 20): string => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}
