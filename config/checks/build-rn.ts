import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Builds the Android and iOS JS bundles. `taro build --type rn` exits 0 even
 * when Metro fails, so success here means: the command passed AND a fresh,
 * non-empty bundle file exists for each platform.
 */
const root = join(__dirname, '..', '..')
const BUNDLES = {
  android: 'dist/rn/android/index.android.bundle',
  ios: 'dist/rn/ios/main.jsbundle',
} as const

const buildOne = (platform: keyof typeof BUNDLES): string | undefined => {
  const bundle = join(root, BUNDLES[platform])
  rmSync(bundle, { force: true })
  const started = Date.now()
  const run = spawnSync('npx', ['taro', 'build', '--type', 'rn', '--platform', platform], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
  })
  if (run.status !== 0) return `taro build --type rn --platform ${platform} exited with ${run.status}`
  if (!existsSync(bundle)) return `${BUNDLES[platform]} was not written: Metro failed (see its errors above)`
  const { size, mtimeMs } = statSync(bundle)
  if (size === 0 || mtimeMs < started - 1000) return `${BUNDLES[platform]} is empty or stale`
  console.log(`RN ${platform} bundle: ${BUNDLES[platform]} (${(size / 1024).toFixed(0)} KB, ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  return undefined
}

const failures = (Object.keys(BUNDLES) as (keyof typeof BUNDLES)[]).map(buildOne).filter((f): f is string => !!f)
if (failures.length > 0) {
  failures.forEach((f) => console.error(`build:rn failed: ${f}`))
  process.exit(1)
}
