import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export type BuildTarget = 'weapp' | 'h5'

/** Env for a build: the mock switch set explicitly, and nothing inherited that would point the app elsewhere. */
const buildEnv = (mock: boolean): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, TARO_APP_MOCK: mock ? 'on' : 'off' }
  delete env.TARO_APP_API_BASE
  delete env.TARO_ENV
  return env
}

/**
 * Runs `taro build --type <target>` in `cwd` (a production build, as
 * `npm run build:*` does) and returns its wall-clock seconds. Output is kept
 * and shown only if the build fails, so the bench's own table stays readable.
 */
export const taroBuild = (cwd: string, target: BuildTarget, options: { mock?: boolean } = {}): number => {
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [join(cwd, 'node_modules', '.bin', 'taro'), 'build', '--type', target], {
    cwd,
    env: buildEnv(options.mock ?? false),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}\n${run.stderr}\n`)
    throw new Error(`taro build --type ${target} failed in ${cwd} (exit ${run.status})`)
  }
  return seconds
}

/** Runs a repository script (the manifest registry) inside a workspace copy. */
export const runTsx = (cwd: string, script: string, args: string[] = []): void => {
  const run = spawnSync(process.execPath, [join(cwd, 'node_modules', '.bin', 'tsx'), script, ...args], { cwd, encoding: 'utf8' })
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}\n${run.stderr}\n`)
    throw new Error(`${script} failed in ${cwd} (exit ${run.status})`)
  }
}
