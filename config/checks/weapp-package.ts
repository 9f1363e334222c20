import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { miniAppPackages } from '../../src/generated/routes'
import { shellPackages } from '../../src/shell-packages'
import { WEAPP_LIMITS, kb, measureWeappPackages } from './package-size'
import { checkWeappOutput } from './weapp-output'

/**
 * After `taro build --type weapp`: app.json must have one subpackage per
 * shell package and weapp mini-app, the output must keep WeChat's rules (no eval, no unguarded
 * browser globals, every page's files, no require across packages), and
 * every package must be within WeChat's limits.
 */
const dist = join(__dirname, '..', '..', 'dist', 'weapp')
const fail = (message: string): never => {
  console.error(`weapp check failed: ${message}`)
  process.exit(1)
}

if (!existsSync(join(dist, 'app.json'))) fail('dist/weapp/app.json is missing; did the build run?')
const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
const roots = (appJson.subPackages ?? []).map((p) => p.root)
const expected = [...shellPackages.map((p) => p.root), ...miniAppPackages.filter((p) => (p.targets as readonly string[]).includes('weapp')).map((p) => p.root)]
const missing = expected.filter((root) => !roots.includes(root))
if (missing.length > 0 || roots.length !== expected.length) {
  fail(`app.json has subpackages [${roots.join(', ')}] but the shell and the manifests declare [${expected.join(', ')}]`)
}

const sizes = measureWeappPackages(dist, roots)
console.log(`weapp main package: ${kb(sizes.main)} (limit ${kb(WEAPP_LIMITS.packageBytes)})`)
Object.entries(sizes.subpackages).forEach(([root, bytes]) => console.log(`weapp subpackage ${root}: ${kb(bytes)}`))
console.log(`weapp total: ${kb(sizes.total)} (limit ${kb(WEAPP_LIMITS.totalBytes)}), ${roots.length} subpackages`)

const over = [
  ...(sizes.main > WEAPP_LIMITS.packageBytes ? ['main package'] : []),
  ...Object.entries(sizes.subpackages).filter(([, b]) => b > WEAPP_LIMITS.packageBytes).map(([r]) => `subpackage ${r}`),
  ...(sizes.total > WEAPP_LIMITS.totalBytes ? ['all packages together'] : []),
]
if (over.length > 0) fail(`over WeChat's size limit: ${over.join(', ')}`)

const broken = checkWeappOutput(dist)
if (broken.length > 0) fail(`the output breaks WeChat's rules:\n  ${broken.join('\n  ')}`)
console.log('weapp output keeps WeChat rules: no eval, no unguarded browser globals, every page complete, no require across packages')
