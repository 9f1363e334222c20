import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { mockSettings } from '../mock-settings'
import { carriesApiBase } from './bundle-api-base'

/**
 * Builds the Android and iOS JS bundles. `taro build --type rn` exits 0 even
 * when Metro fails, so success here means: the command passed AND a fresh,
 * non-empty bundle file exists for each platform AND it carries this build's
 * API base: after a build with another TARO_APP_API_BASE (a LAN mock server,
 * say) Metro's cache can keep the old one (see ./bundle-api-base.ts); then the
 * bundle is rebuilt with Metro's cache reset.
 *
 * Metro keeps its cache in the OS temp dir, keyed by file contents and the
 * project's path, not by the page list Taro's entry is generated from. A CI
 * machine that builds every commit in the same checkout path then hands a new
 * commit an entry that still names pages which have since moved, and Metro
 * fails to resolve them. So the build keeps its cache inside this checkout
 * (TMPDIR moves it; a fresh clone starts empty), and a failed build is tried
 * once more from a reset cache before it counts as failed.
 */
const root = join(__dirname, '..', '..')
const BUNDLES = {
  android: 'dist/rn/android/index.android.bundle',
  ios: 'dist/rn/ios/main.jsbundle',
} as const
const METRO_TMP = join(root, 'node_modules', '.cache', 'rn-build')
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production', TMPDIR: METRO_TMP }
const { apiBase } = mockSettings('rn', env)

const buildOne = (platform: keyof typeof BUNDLES, resetCache = false): string | undefined => {
  const bundle = join(root, BUNDLES[platform])
  rmSync(bundle, { force: true })
  const started = Date.now()
  const args = ['taro', 'build', '--type', 'rn', '--platform', platform, ...(resetCache ? ['--reset-cache'] : [])]
  mkdirSync(METRO_TMP, { recursive: true })
  const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env })
  const failure =
    run.status !== 0
      ? `taro build --type rn --platform ${platform} exited with ${run.status}`
      : !existsSync(bundle)
        ? `${BUNDLES[platform]} was not written: Metro failed (see its errors above)`
        : statSync(bundle).size === 0 || statSync(bundle).mtimeMs < started - 1000
          ? `${BUNDLES[platform]} is empty or stale`
          : undefined
  if (failure && !resetCache) {
    console.log(`RN ${platform} build failed (${failure}); trying once more with Metro's cache reset`)
    return buildOne(platform, true)
  }
  if (failure) return `${failure}, even with Metro's cache reset`
  const { size } = statSync(bundle)
  if (!carriesApiBase(readFileSync(bundle, 'utf8'), apiBase)) {
    if (resetCache) return `${BUNDLES[platform]} does not carry the API base ${apiBase}, even with Metro's cache reset`
    console.log(`RN ${platform} bundle kept another API base from Metro's cache; rebuilding with --reset-cache`)
    return buildOne(platform, true)
  }
  console.log(`RN ${platform} bundle: ${BUNDLES[platform]} (${(size / 1024).toFixed(0)} KB, ${((Date.now() - started) / 1000).toFixed(0)} s, API ${apiBase})`)
  return undefined
}

const failures = (Object.keys(BUNDLES) as (keyof typeof BUNDLES)[]).map((platform) => buildOne(platform)).filter((f): f is string => !!f)
if (failures.length > 0) {
  failures.forEach((f) => console.error(`build:rn failed: ${f}`))
  process.exit(1)
}
