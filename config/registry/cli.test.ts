/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeSyntheticScenarios } from '../bench/scenarios'
import { scaffoldMiniApp } from './scaffold'

/** Runs the real registry command against a scratch checkout with its own mini-apps/. */
const repo = join(__dirname, '..', '..')
const tsx = join(repo, 'node_modules', '.bin', 'tsx')
const runRegistry = (root: string, ...args: string[]) =>
  spawnSync(tsx, [join(repo, 'config/registry/cli.ts'), '--root', root, ...args], { encoding: 'utf8' })

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'registry-'))
  cpSync(join(repo, 'mini-apps', 'transport'), join(root, 'mini-apps', 'transport'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** What a department does to start a new scenario: `npm run new:mini-app -- <from> <to>`, then edit the manifest. */
const copyMiniApp = (from: string, to: string, edit: (manifest: string) => string = (m) => m) => {
  scaffoldMiniApp(join(root, 'mini-apps'), from, to)
  const file = join(root, 'mini-apps', to, 'manifest.ts')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
}

describe('npm run registry', () => {
  it('turns a copied folder into one more subpackage with no other edit', () => {
    copyMiniApp('transport', 'bus-card')
    const run = runRegistry(root)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('2 mini-app(s) valid: bus-card, transport')
    const routes = readFileSync(join(root, 'src/generated/routes.ts'), 'utf8')
    expect(routes).toContain('"root":"mini-apps/bus-card"')
    expect(existsSync(join(root, 'src/mini-apps/bus-card/pages/index.tsx'))).toBe(true)
    expect(readFileSync(join(root, 'mock/generated/mini-app-handlers.ts'), 'utf8')).toContain('mini-apps/bus-card/handlers')
    expect(readFileSync(join(root, 'mock/generated/catalogue.ts'), 'utf8')).toContain('"entry": "/mini-apps/bus-card/pages/index"')
  })

  it('stops with the file, the field and the reason when a manifest is broken', () => {
    copyMiniApp('transport', 'broken', (m) => m.replace("category: 'transport'", "category: 'lottery'"))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('mini-apps/broken/manifest.ts: category: unknown category "lottery"')
    expect(existsSync(join(root, 'src/generated/routes.ts'))).toBe(false)
  })

  it("refuses a contract that claims another mini-app's API paths", () => {
    cpSync(join(root, 'mini-apps', 'transport'), join(root, 'mini-apps', 'raw-copy'), { recursive: true })
    const manifest = join(root, 'mini-apps', 'raw-copy', 'manifest.ts')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace("id: 'transport'", "id: 'raw-copy'"))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('mini-apps/raw-copy/openapi.yaml: paths./transport/violations: must start with /raw-copy/')
  })

  it('reports a manifest that does not even compile', () => {
    copyMiniApp('transport', 'typo', (m) => m.replace("version: '1.0.0',", "version: '1.0.0'"))
    const run = runRegistry(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/mini-apps\/typo\/manifest\.ts: \(module\): could not be loaded/)
  })

  it('serves form scenarios as data: no page shim, no route, no subpackage', () => {
    writeSyntheticScenarios(join(root, 'mini-apps'), 3)
    const run = runRegistry(root)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('4 mini-app(s) valid: bench-form-01, bench-form-02, bench-form-03, transport; 3 form scenario(s)')
    expect(readFileSync(join(root, 'src/generated/routes.ts'), 'utf8')).not.toContain('bench-form')
    expect(readFileSync(join(root, 'src/generated/built-mini-apps.ts'), 'utf8')).not.toContain('bench-form')
    expect(existsSync(join(root, 'src/mini-apps/bench-form-01'))).toBe(false)
    expect(readFileSync(join(root, 'mock/generated/scenarios.ts'), 'utf8')).toContain('"id": "bench-form-02"')
    expect(readFileSync(join(root, 'mock/generated/catalogue.ts'), 'utf8')).toContain('"entry": "/forms/pages/tasks/index?scenario=bench-form-03"')
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
