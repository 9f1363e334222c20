import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { carriesApiBase } from '../../config/checks/bundle-api-base'

export const root = join(__dirname, '..', '..')
/** Its own output, so it never clashes with `npm run build:rn`'s dist/rn. */
export const checkDist = join(root, 'dist', 'rn-check', 'android')
export const bundlePath = join(checkDist, 'index.android.bundle')
export const mapPath = `${bundlePath}.map`
export const stampPath = join(checkDist, '.runtime-check.json')
const HERMESC = join(root, 'node_modules', 'react-native', 'sdks', 'hermesc', 'linux64-bin', 'hermesc')

const tail = (out: Buffer | string | null) => String(out ?? '').split('\n').slice(-40).join('\n')

/**
 * Metro's cache can keep another build's API base (config/checks/bundle-api-base.ts).
 * So the check builds against a fixed port, in its own cache (Metro's lives
 * in the OS temp dir, so TMPDIR moves it), never leaving the mock server's
 * address in the cache `npm run build:rn` uses, and it checks the address
 * made it into the bundle.
 */
export const CHECK_PORT = Number(process.env.RN_CHECK_PORT ?? 9190)
const METRO_TMP = join(root, 'node_modules', '.cache', 'rn-check')

const metroBuild = (apiBase: string, resetCache: boolean) => {
  mkdirSync(METRO_TMP, { recursive: true })
  const args = ['taro', 'build', '--type', 'rn', '--platform', 'android', '--bundle-output', bundlePath, '--sourcemap-output', mapPath, '--assets-dest', join(checkDist, 'res')]
  return spawnSync('npx', resetCache ? [...args, '--reset-cache'] : args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', TARO_APP_API_BASE: apiBase, TMPDIR: METRO_TMP },
  })
}

/**
 * The Android release bundle (`--dev false`, minified, as a device gets it),
 * pointed at the mock server, with its source map. `taro build --type rn`
 * exits 0 even when Metro fails, so success also means a fresh bundle.
 */
export const buildAndroidBundle = (port: number): { ms: number; note?: string } | { error: string } => {
  const started = Date.now()
  const apiBase = `http://127.0.0.1:${port}/api`
  let note: string | undefined
  for (const resetCache of [false, true]) {
    rmSync(bundlePath, { force: true })
    const run = metroBuild(apiBase, resetCache)
    if (run.status !== 0 || !existsSync(bundlePath) || statSync(bundlePath).mtimeMs < started - 1000) {
      // Metro keys its cache on file contents, not on the page list Taro's entry file is made from: after pages
      // move, a cached entry still names the old paths. A build from a fresh cache says whether that was all.
      if (!resetCache) {
        note = `Metro's cache was stale (the first build failed); rebuilt with --reset-cache`
        continue
      }
      return { error: `the Android bundle was not built (exit ${run.status}):\n${tail(run.stdout)}\n${tail(run.stderr)}` }
    }
    if (carriesApiBase(readFileSync(bundlePath, 'utf8'), apiBase)) break
    if (resetCache) return { error: `the bundle does not carry the API base ${apiBase}, even with Metro's cache reset` }
    note = `Metro's cache held another API base; rebuilt with --reset-cache`
  }
  writeFileSync(stampPath, JSON.stringify({ port }))
  return { ms: Date.now() - started, note }
}

/**
 * What the release build of an Android app does next: Hermes compiles the
 * bundle to bytecode. It rejects syntax Hermes lacks (class private fields,
 * for one) that V8, which runs the rest of the check, would accept.
 */
export const compileWithHermes = (): { ms: number } | { error: string } | { skipped: string } => {
  if (process.platform !== 'linux' || process.arch !== 'x64' || !existsSync(HERMESC)) return { skipped: 'hermesc ships for linux-x64 only here' }
  const started = Date.now()
  const out = join(checkDist, 'index.android.bundle.hbc')
  const run = spawnSync(HERMESC, ['-emit-binary', '-out', out, bundlePath, '-O', '-w'], { stdio: ['ignore', 'pipe', 'pipe'] })
  if (run.status !== 0) return { error: `Hermes cannot compile the bundle (hermesc exit ${run.status}):\n${tail(run.stderr)}` }
  return { ms: Date.now() - started }
}
