/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogue } from '../../mock/generated/catalogue'
import { writeSyntheticScenarios } from '../bench/scenarios'
import { scaffoldMiniApp } from './scaffold'

/** Runs the real registry command against a scratch checkout with its own mini-apps/. */
const repo = join(__dirname, '..', '..')
const tsx = join(repo, 'node_modules', '.bin', 'tsx')
const runRegistry = (root: string, ...args: string[]) =>
  spawnSync(tsx, [join(repo, 'config/registry/cli.ts'), '--root', root, ...args], { encoding: 'utf8' })

// A native mini-app with an API contract, read from the registry: the test names none of today's mini-apps.
const source = catalogue.find((m) => m.kind === 'native' && existsSync(join(repo, 'mini-apps', m.id, 'openapi.yaml')))!.id
const listed = (...ids: string[]) => [...ids, source].sort().join(', ')

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'registry-'))
  cpSync(join(repo, 'mini-apps', source), join(root, 'mini-apps', source), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** The department's first edit after copying: names and an icon of its own (the registry refuses a copy's). */
const ownNames = (to: string) => (manifest: string) =>
  manifest
    .replace(/name: \{ 'zh-CN': '[^']*', en: '[^']*' \}/, `name: { 'zh-CN': '${to}服务', en: '${to} service' }`)
    .replace(/color: '#[0-9a-fA-F]+'/, "color: '#6b21a8'")

/** What a department does to start a new scenario: `npm run miniapp -- new <to> --from <from>`, then edit the manifest. */
const copyMiniApp = (from: string, to: string, edit: (manifest: string) => string = (m) => m) => {
  scaffoldMiniApp(join(root, 'mini-apps'), from, to)
  const file = join(root, 'mini-apps', to, 'manifest.ts')
  writeFileSync(file, edit(ownNames(to)(readFileSync(file, 'utf8'))))
}

describe('npm run registry', () => {
  it('turns a copied folder into one more subpackage once it has names of its own', () => {
    copyMiniApp(source, 'bus-card')
    const run = runRegistry(root)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`2 mini-app(s) valid: ${listed('bus-card')}`)
    const routes = readFileSync(join(root, 'src/generated/routes.ts'), 'utf8')
    expect(routes).toContain('"root":"mini-apps/bus-card"')
    expect(existsSync(join(root, 'src/mini-apps/bus-card/pages/index.tsx'))).toBe(true)
    expect(readFileSync(join(root, 'mock/generated/mini-app-handlers.ts'), 'utf8')).toContain('mini-apps/bus-card/handlers')
    expect(readFileSync(join(root, 'mock/generated/catalogue.ts'), 'utf8')).toContain('"entry": "/mini-apps/bus-card/pages/index"')
  })

  it('stops with the file, the field and the reason when a manifest is broken', () => {
    copyMiniApp(source, 'broken', (m) => m.replace(/category: '[^']*'/, "category: 'lottery'"))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('mini-apps/broken/manifest.ts: category: unknown category "lottery"')
    expect(existsSync(join(root, 'src/generated/routes.ts'))).toBe(false)
  })

  it("refuses a contract that claims another mini-app's API paths", () => {
    cpSync(join(root, 'mini-apps', source), join(root, 'mini-apps', 'raw-copy'), { recursive: true })
    const manifest = join(root, 'mini-apps', 'raw-copy', 'manifest.ts')
    writeFileSync(manifest, ownNames('raw-copy')(readFileSync(manifest, 'utf8')).replace(`id: '${source}'`, "id: 'raw-copy'"))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(new RegExp(`mini-apps/raw-copy/openapi\\.yaml: paths\\./${source}/\\S+: must start with /raw-copy/`))
  })

  it('reports a manifest that does not even compile', () => {
    copyMiniApp(source, 'typo', (m) => m.replace("version: '1.0.0',", "version: '1.0.0'"))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/mini-apps\/typo\/manifest\.ts: \(module\): could not be loaded/)
  })

  it('takes a scaffolded mini-app at once: its names carry its id and its glyph is its own', () => {
    scaffoldMiniApp(join(root, 'mini-apps'), source, 'bus-card')
    const run = runRegistry(root)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readFileSync(join(root, 'mini-apps', 'bus-card', 'manifest.ts'), 'utf8')).toMatch(/\(bus-card\)/)
  })

  it('refuses a copy whose names and icon were not changed, naming both manifests', () => {
    scaffoldMiniApp(join(root, 'mini-apps'), source, 'bus-card')
    // As a department that copied the folder by hand would leave it: the source's names and icon.
    const lineOf = (text: string, key: RegExp) => text.split('\n').find((l) => key.test(l)) ?? ''
    const original = readFileSync(join(root, 'mini-apps', source, 'manifest.ts'), 'utf8')
    const copyPath = join(root, 'mini-apps', 'bus-card', 'manifest.ts')
    let copy = readFileSync(copyPath, 'utf8')
    for (const key of [/^\s*name: \{ 'zh-CN'/, /^\s*icon: \{/]) copy = copy.replace(lineOf(copy, key), lineOf(original, key))
    writeFileSync(copyPath, copy)
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    // Reported on the later folder of the pair, whichever that is.
    const [first, later] = ['bus-card', source].sort()
    expect(run.stderr).toMatch(
      new RegExp(`mini-apps/${later}/manifest\\.ts: name\\.zh-CN: "[^"]+" is also the name of mini-apps/${first}/manifest\\.ts`),
    )
    expect(run.stderr).toMatch(
      new RegExp(`mini-apps/${later}/manifest\\.ts: icon: .+ is also the icon of mini-apps/${first}/manifest\\.ts, of the same department`),
    )
  })

  it('refuses JavaScript in a mini-app with the file and the reason', () => {
    writeFileSync(join(root, 'mini-apps', source, 'pages', 'legacy.js'), 'export default {}\n')
    const run = runRegistry(root, '--check')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`mini-apps/${source}/pages/legacy.js: (file): is JavaScript (.js); mini-apps are written in TypeScript`)
  })

  it('accepts its own output on the next run, and refuses a file it did not write in generated/', () => {
    expect(runRegistry(root).status).toBe(0)
    expect(runRegistry(root).status).toBe(0)
    expect(runRegistry(root, '--check').status).toBe(0)
    writeFileSync(join(root, 'mini-apps', source, 'generated', 'notes.ts'), 'export const notes = {}\n')
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`mini-apps/${source}/generated/notes.ts: (file): was not written by the registry`)
  })

  it('refuses, when checking, a binding edited by hand to speak as another mini-app', () => {
    expect(runRegistry(root).status).toBe(0)
    const binding = join(root, 'mini-apps', source, 'generated', 'mini-app.ts')
    writeFileSync(binding, readFileSync(binding, 'utf8').replace(`"id":"${source}"`, '"id":"someone-else"'))
    const run = runRegistry(root, '--check')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`mini-apps/${source}/generated/mini-app.ts: (file): differs from what the registry writes`)
  })

  it('serves form scenarios as data: no page shim, no route, no subpackage', () => {
    writeSyntheticScenarios(join(root, 'mini-apps'), 3)
    const run = runRegistry(root)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`4 mini-app(s) valid: ${listed('bench-form-01', 'bench-form-02', 'bench-form-03')}; 3 form scenario(s)`)
    expect(readFileSync(join(root, 'src/generated/routes.ts'), 'utf8')).not.toContain('bench-form')
    expect(readFileSync(join(root, 'src/generated/built-mini-apps.ts'), 'utf8')).not.toContain('bench-form')
    expect(existsSync(join(root, 'src/mini-apps/bench-form-01'))).toBe(false)
    expect(readFileSync(join(root, 'mock/generated/scenarios.ts'), 'utf8')).toContain('"id": "bench-form-02"')
    expect(readFileSync(join(root, 'mock/generated/catalogue.ts'), 'utf8')).toContain(
      '"entry": "/forms/pages/tasks/index?scenario=bench-form-03"',
    )
  })

  it('stops with the scenario file and the field path when a definition is broken', () => {
    const [id] = writeSyntheticScenarios(join(root, 'mini-apps'), 1)
    const file = join(root, 'mini-apps', id, 'scenario.ts')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"type": "phone"', '"type": "email"'))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`mini-apps/${id}/scenario.ts: steps[0].fields[1].type: unknown field type "email"`)
  })

  it('checks without writing anything when asked to --check', () => {
    const run = runRegistry(root, '--check')
    expect(run.status).toBe(0)
    expect(existsSync(join(root, 'src/generated'))).toBe(false)
  })
})
