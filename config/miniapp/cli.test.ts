/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** The real CLI against a scratch checkout that holds only mini-apps/: nothing here names or touches today's mini-apps. */
const repo = join(__dirname, '..', '..')
const tsx = join(repo, 'node_modules', '.bin', 'tsx')
const miniapp = (root: string, ...args: string[]) =>
  spawnSync(tsx, [join(repo, 'config/miniapp/cli.ts'), '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, REGISTRY_ONLY: '' },
  })
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m)

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'miniapp-cli-'))
  mkdirSync(join(root, 'mini-apps'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const manifestFile = (id: string) => join(root, 'mini-apps', id, 'manifest.ts')
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')))
/** What a release review must catch: a new scope, and the identity level raised from L2 to L3. */
const askForMore = (text: string) =>
  text
    .replace('permissions: [],', "permissions: [{ scope: 'payment', reason: { 'zh-CN': '用于缴费', en: 'To pay fees' } }],")
    .replace(/^ {2}level: 'L2',$/m, "  level: 'L3',")

describe('npm run miniapp', () => {
  it('explains itself with --help and refuses bad input in words, never with a stack trace', () => {
    const help = miniapp(root, '--help')
    expect(help.status).toBe(0)
    for (const command of ['new', 'check', 'release', 'preview', 'catalog'])
      expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'))
    const badId = miniapp(root, 'new', 'Housing_Fund')
    expect([badId.status, badId.stderr]).toEqual([2, expect.stringContaining('miniapp: "Housing_Fund" is not a mini-app id')])
    // An id that could never be one is told the rule, not pointed at `new` with it.
    const badCheck = miniapp(root, 'check', 'Bad_Id')
    expect([badCheck.status, badCheck.stderr]).toEqual([2, expect.stringContaining('An id is kebab-case')])
    expect(badCheck.stderr).not.toContain('new Bad_Id')
    const missing = miniapp(root, 'check', 'no-such-app')
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('miniapp: there is no mini-app "no-such-app"')])
    const badKind = miniapp(root, 'new', 'pet-licence', '--kind', 'webview')
    expect([badKind.status, badKind.stderr]).toEqual([2, expect.stringContaining("argument 'webview' is invalid")])
    const noRoot = miniapp(join(root, 'nowhere'), 'catalog')
    expect([noRoot.status, noRoot.stderr]).toEqual([2, expect.stringContaining('has no mini-apps/ folder')])
    ;[badId, missing, badKind, noRoot].forEach((run) => noStack(run.stderr))
  })

  it('new: scaffolds a native mini-app and generates the registry with it as a subpackage', () => {
    const run = miniapp(root, 'new', 'bus-card', '--kind', 'native')
    expect(run.stderr).not.toContain('miniapp:')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Created mini-apps/bus-card (native)')
    expect(readFileSync(join(root, 'src/generated/routes.ts'), 'utf8')).toContain(
      '"root":"mini-apps/bus-card","pages":["pages/index","pages/detail","pages/apply"]',
    )
    expect(existsSync(join(root, 'mini-apps/bus-card/generated/mini-app.ts'))).toBe(true)
  })

  it('check: flags new scopes and a raised level against released.json, and fails on them with --fail-on-review', () => {
    miniapp(root, 'new', 'bus-card', '--no-registry')
    expect(miniapp(root, 'release', 'bus-card').stdout).toContain('Recorded bus-card 0.1.0 as released')
    const same = miniapp(root, 'check', 'bus-card', '--skip-lint', '--skip-size', '--fail-on-review')
    expect(same.stdout).toContain('✓ permissions vs released.json (0.1.0, released ')
    expect(same.status).toBe(0)
    edit(manifestFile('bus-card'), askForMore)
    const flagged = miniapp(root, 'check', 'bus-card', '--skip-lint', '--skip-size')
    expect(flagged.status).toBe(0)
    expect(flagged.stdout).toContain('! permissions vs released.json')
    expect(flagged.stdout).toContain('+ scope payment ("用于缴费" / "To pay fees")')
    expect(flagged.stdout).toContain('↑ identity level L2 → L3')
    const failed = miniapp(root, 'check', 'bus-card', '--skip-lint', '--skip-size', '--fail-on-review')
    expect(failed.status).toBe(1)
    expect(miniapp(root, 'release', 'bus-card').stderr).toContain('bus-card 0.1.0 is not newer than its last release, 0.1.0')
  })

  it('check: runs the lint boundary over the mini-app, which refuses a platform import', () => {
    // A scratch checkout that lints as this one does: the repository's config, sources and packages, its own mini-apps/.
    for (const name of ['config', 'src', 'mock', 'test', 'node_modules', 'tsconfig.json', 'eslint.config.mjs', 'package.json']) {
      symlinkSync(join(repo, name), join(root, name))
    }
    miniapp(root, 'new', 'bus-card', '--no-registry')
    const clean = miniapp(root, 'check', 'bus-card', '--skip-size')
    expect(clean.stdout).toMatch(/✓ lint boundary: \d+ file\(s\) clean/)
    edit(join(root, 'mini-apps/bus-card/pages/detail.tsx'), (text) => `import Taro from '@tarojs/taro'\nvoid Taro\n${text}`)
    const refused = miniapp(root, 'check', 'bus-card', '--skip-size')
    expect(refused.status).toBe(1)
    expect(refused.stdout).toContain('✗ lint boundary: 1 error(s), 0 warning(s)')
    expect(refused.stdout).toMatch(/1:1 +error +'@tarojs\/taro' import is restricted/)
  })

  it('check --against <ref>: diffs against the manifest at a git ref', () => {
    miniapp(root, 'new', 'bus-card', '--no-registry')
    const git = (...args: string[]) =>
      spawnSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' })
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'released')
    edit(manifestFile('bus-card'), askForMore)
    const run = miniapp(root, 'check', 'bus-card', '--skip-lint', '--skip-size', '--against', 'HEAD', '--fail-on-review')
    expect(run.stdout).toContain('permissions vs the manifest at HEAD: 2 change(s) for review')
    expect(run.status).toBe(1)
    const unknown = miniapp(root, 'check', 'bus-card', '--skip-lint', '--skip-size', '--against', 'no-such-tag')
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringContaining('git does not know the ref "no-such-tag"')])
  })

  it('check: fails a subpackage over its budget, naming the biggest modules of the weapp build', () => {
    miniapp(root, 'new', 'bus-card', '--no-registry')
    const dist = join(root, 'dist', 'weapp')
    const file = (path: string, bytes: number) => {
      mkdirSync(dirname(join(dist, path)), { recursive: true })
      writeFileSync(join(dist, path), 'x'.repeat(bytes))
    }
    file('mini-apps/bus-card/pages/index.js', 3000)
    file('mini-apps/bus-card/sub-common/0a1b.js', 2000)
    writeFileSync(join(dist, 'app.json'), JSON.stringify({ subPackages: [{ root: 'mini-apps/bus-card' }] }))
    const modules = [
      { name: './mini-apps/bus-card/pages/index.tsx', size: 2500 },
      { name: './node_modules/huge-lib/index.js', size: 9000 },
    ]
    writeFileSync(`${dist}.modules.json`, JSON.stringify({ chunks: [{ files: ['mini-apps/bus-card/sub-common/0a1b.js'], modules }] }))
    const over = miniapp(root, 'check', 'bus-card', '--skip-lint', '--dist', dist, '--budget', '4KB')
    expect(over.status).toBe(1)
    expect(over.stdout).toContain('✗ size: mini-apps/bus-card: 4.9 KB of 4.0 KB')
    expect(over.stdout).toMatch(/8\.8 KB {2}\.\/node_modules\/huge-lib\/index\.js\n.*2\.4 KB {2}\.\/mini-apps\/bus-card\/pages\/index\.tsx/)
    const within = miniapp(root, 'check', 'bus-card', '--skip-lint', '--dist', dist, '--budget', '8KB')
    expect(within.stdout).toContain('✓ size: mini-apps/bus-card: 4.9 KB of 8.0 KB')
    expect(within.status).toBe(0)
    const noBuild = miniapp(root, 'check', 'bus-card', '--skip-lint', '--dist', join(root, 'nowhere'))
    expect([noBuild.status, noBuild.stderr]).toEqual([2, expect.stringContaining('is not a weapp build (it has no app.json)')])
  })

  it('catalog: exports every manifest and definition with a version hash, to stdout or a file', () => {
    miniapp(root, 'new', 'bus-card', '--no-registry')
    miniapp(root, 'new', 'pet-licence', '--kind', 'form', '--no-registry')
    const run = miniapp(root, 'catalog')
    expect(run.status).toBe(0)
    const doc = JSON.parse(run.stdout) as {
      version: string
      miniApps: { manifest: { id: string }; definition: { steps: unknown[] } | null }[]
    }
    expect(doc.version).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(doc.miniApps.map((m) => [m.manifest.id, m.definition === null])).toEqual([
      ['bus-card', true],
      ['pet-licence', false],
    ])
    const out = join(root, 'catalog.json')
    expect(miniapp(root, 'catalog', '--out', out).stdout).toContain(`Wrote 2 mini-app(s), version ${doc.version}`)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(doc)
    edit(manifestFile('bus-card'), (t) => t.replace("category: 'civil-affairs'", "category: 'lottery'"))
    const broken = miniapp(root, 'catalog')
    expect([broken.status, broken.stdout]).toEqual([1, ''])
    expect(broken.stderr).toContain('mini-apps/bus-card/manifest.ts: category: unknown category "lottery"')
  })
})
