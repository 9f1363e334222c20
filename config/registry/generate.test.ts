/** @jest-environment node */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { manifestSchema } from '../../src/sdk/manifest/schema'
import { validManifest } from './fixtures'
import { generateRegistry, toCatalogueEntry, type GeneratePaths } from './generate'

const valid = () => manifestSchema.parse(validManifest())

let paths: GeneratePaths
beforeEach(() => {
  const rootDir = mkdtempSync(join(tmpdir(), 'generate-'))
  paths = {
    rootDir,
    miniAppsDir: join(rootDir, 'mini-apps'),
    shimDir: join(rootDir, 'src', 'mini-apps'),
    generatedDir: join(rootDir, 'src', 'generated'),
    mockGeneratedDir: join(rootDir, 'mock', 'generated'),
  }
  mkdirSync(paths.miniAppsDir, { recursive: true })
})
afterEach(() => rmSync(paths.rootDir, { recursive: true, force: true }))

describe('generateRegistry', () => {
  it('writes a page shim and a page config for every page, under src/', () => {
    generateRegistry([valid()], paths)
    const shim = readFileSync(join(paths.shimDir, 'sample-app/pages/detail.tsx'), 'utf8')
    expect(shim).toContain("import Page from '../../../../mini-apps/sample-app/pages/detail'")
    expect(shim).toContain("import { withMiniApp } from '../../../shell/mini-app/with-mini-app'")
    // The page's own level (L3) wins over the mini-app's (L2); the declared scopes travel with it.
    expect(shim).toMatch(/withMiniApp\(Page, \{"id":"sample-app",.*"level":"L3","route":"\/mini-apps\/sample-app\/pages\/detail","permissions":\[\{"scope":"profile.idNumber"/)
    const config = readFileSync(join(paths.shimDir, 'sample-app/pages/detail.config.ts'), 'utf8')
    expect(config).toContain('{"navigationBarTitleText":"详情"}')
  })

  it('removes the shims of a mini-app whose folder is gone', () => {
    generateRegistry([valid()], paths)
    generateRegistry([], paths)
    expect(existsSync(join(paths.shimDir, 'sample-app'))).toBe(false)
  })

  it('builds the catalogue entry from the manifest, with absolute routes and per-page levels', () => {
    const entry = toCatalogueEntry(valid())
    expect(entry.entry).toBe('/mini-apps/sample-app/pages/index')
    expect(entry.pages).toEqual([
      { route: '/mini-apps/sample-app/pages/index', level: 'L2' },
      { route: '/mini-apps/sample-app/pages/detail', level: 'L3' },
    ])
    expect(entry).not.toHaveProperty('shell')
  })
})
