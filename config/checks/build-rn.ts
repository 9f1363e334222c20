import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
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
 */
const root = join(__dirname, '..', '..')
const BUNDLES = {
  android: 'dist/rn/android/index.android.bundle',
  ios: 'dist/rn/ios/main.jsbundle',
} as const
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' }
const { apiBase } = mockSettings('rn', env)

const buildOne = (platform: keyof typeof BUNDLES, resetCache = false): string | undefined => {
  const bundle = join(root, BUNDLES[platform])
  rmSync(bundle, { force: true })
  const started = Date.now()
  const args = ['taro', 'build', '--type', 'rn', '--platform', platform, ...(resetCache ? ['--reset-cache'] : [])]
  const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env })
  if (run.status !== 0) return `taro build --type rn --platform ${platform} exited with ${run.status}`
  if (!existsSync(bundle)) return `${BUNDLES[platform]} was not written: Metro failed (see its errors above)`
  const { size, mtimeMs } = statSync(bundle)
  if (size === 0 || mtimeMs < started - 1000) return `${BUNDLES[platform]} is empty or stale`
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
