/** @jest-environment node */
import { validManifest, validFormManifest } from '../registry/fixtures'
import { sampleScenario } from '../../src/sdk/scenario/fixtures'
import { manifestSchema, type ValidManifest } from '../../src/sdk/manifest/schema'
import { parseScenario, type Scenario } from '../../src/sdk/scenario'
import { isCliError } from './errors'
import { catalogOf } from './catalog'
import type { Registry } from './registry'

const native = manifestSchema.parse(validManifest())
const form = manifestSchema.parse(validFormManifest())
const parsed = parseScenario({ ...sampleScenario(), id: form.id, version: form.version, level: form.level })
const definition = (parsed.ok ? parsed.scenario : undefined) as Scenario
const registryOf = (manifests: ValidManifest[], problems: Registry['problems'] = []): Registry => ({
  manifests,
  scenarios: { [form.id]: definition },
  problems,
  folders: manifests.map((m) => m.id),
})

describe('the catalogue export', () => {
  it('lists every manifest in id order, with its definition, under a version hash', () => {
    const doc = catalogOf(registryOf([native, form]))
    expect(doc.miniApps.map((m) => [m.manifest.id, m.definition?.id ?? null])).toEqual([
      ['sample-app', null],
      ['sample-one-stop', 'sample-one-stop'],
    ])
    expect(doc.version).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('keeps its version while nothing changes, whatever the order, and moves it on any change', () => {
    const version = catalogOf(registryOf([native, form])).version
    expect(catalogOf(registryOf([form, native])).version).toBe(version)
    expect(catalogOf(registryOf([{ ...native, version: '1.2.4' }, form])).version).not.toBe(version)
  })

  it('refuses to export a registry with problems, naming them', () => {
    const problem = { file: 'mini-apps/x/manifest.ts', field: 'category', reason: 'unknown category "lottery"' }
    expect.assertions(2)
    try {
      catalogOf(registryOf([native], [problem]))
    } catch (e: unknown) {
      expect(isCliError(e)).toBe(true)
      expect((e as Error).message).toContain('mini-apps/x/manifest.ts: category: unknown category "lottery"')
    }
  })
})
