/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadManifestSources } from '../registry/load'
import { validateManifests } from '../registry/validate'
import { LIAONING_ONE_STOPS, writeSyntheticScenarios } from './scenarios'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bench-forms-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('synthetic form scenarios for the bench', () => {
  it('writes 35 definitions that the registry accepts as they are', async () => {
    const ids = writeSyntheticScenarios(join(root, 'mini-apps'))
    expect(ids).toHaveLength(LIAONING_ONE_STOPS)
    const { manifests, scenarios, problems } = validateManifests(await loadManifestSources(root, join(root, 'mini-apps')), {
      shellVersion: '1.0.0',
      pageExists: () => false,
    })
    expect(problems).toEqual([])
    expect(manifests.every((m) => m.kind === 'form')).toBe(true)
    expect(Object.keys(scenarios)).toHaveLength(35)
    expect(manifests.filter((m) => m.category === 'enterprise')).toHaveLength(14)
  })

  it('writes pure data that imports types only', () => {
    const [id] = writeSyntheticScenarios(join(root, 'mini-apps'), 1)
    const text = readFileSync(join(root, 'mini-apps', id, 'scenario.ts'), 'utf8')
    expect(text).toMatch(/^import type \{ ScenarioDefinition \} from '@sdk'/)
    expect(text.match(/^import /gm)).toHaveLength(1)
  })
})
