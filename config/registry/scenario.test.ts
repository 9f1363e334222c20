/** @jest-environment node */
import { sampleScenario } from '../../src/sdk/scenario/fixtures'
import { formSourceOf, sourceOf, validFormManifest, validManifest } from './fixtures'
import type { ManifestSource } from './types'
import { validateManifests, type HostFacts } from './validate'

const host: HostFacts = { shellVersion: '1.4.0', pageExists: () => true }

type Mutable = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const form = (mutateManifest: (m: Mutable) => void = () => undefined, mutateScenario: (s: Mutable) => void = () => undefined): ManifestSource => {
  const manifest = validFormManifest() as Mutable
  const scenario = sampleScenario() as Mutable
  mutateManifest(manifest)
  mutateScenario(scenario)
  return formSourceOf(manifest, scenario)
}

describe('form scenarios in the registry', () => {
  it('accepts a form manifest with a valid scenario.ts and hands its definition on', () => {
    const result = validateManifests([form()], host)
    expect(result.problems).toEqual([])
    expect(result.manifests.map((m) => [m.id, m.kind])).toEqual([['sample-one-stop', 'form']])
    expect(result.scenarios['sample-one-stop'].steps.map((s) => s.id)).toEqual(['about-you', 'details', 'work', 'photos', 'documents'])
  })

  const MANIFEST = 'mini-apps/sample-one-stop/manifest.ts'
  const SCENARIO = 'mini-apps/sample-one-stop/scenario.ts'
  type Row = [name: string, source: () => ManifestSource, file: string, field: string, reason: RegExp]
  const rows: Row[] = [
    ['a form with pages', () => form((m) => (m.pages = validManifest().pages)), MANIFEST, 'pages', /a form scenario has no pages of its own/],
    ['a form with an entry', () => form((m) => (m.entry = 'pages/index')), MANIFEST, 'entry', /a form scenario has no pages of its own/],
    ['a native mini-app without pages', () => sourceOf({ ...validManifest(), pages: undefined }), 'mini-apps/sample-app/manifest.ts', 'pages', /is required/],
    ['a form without scenario.ts', () => ({ ...form(), scenario: undefined }), MANIFEST, 'kind', /scenario.ts is missing/],
    ['a native mini-app with a scenario.ts', () => ({ ...sourceOf(validManifest()), scenario: { file: 'mini-apps/sample-app/scenario.ts', exported: {}, sourceText: '' } }),
      'mini-apps/sample-app/scenario.ts', '(module)', /belongs to a form scenario, but the manifest's kind is "native"/],
    ['a scenario.ts without its export', () => ({ ...form(), scenario: { file: SCENARIO, exported: undefined, sourceText: '' } }), SCENARIO, 'scenario', /export const scenario/],
    ['a scenario.ts that does not load', () => ({ ...form(), scenario: { file: SCENARIO, exported: undefined, sourceText: '', loadError: 'Unexpected token' } }),
      SCENARIO, '(module)', /could not be loaded: Unexpected token/],
    ['a scenario.ts that imports code', () => formSourceOf(validFormManifest(), sampleScenario(), "import { steps } from './steps'\n"), SCENARIO, '(imports)', /pure data, but imports ".\/steps"/],
    ['a definition with a broken step', () => form(undefined, (s) => delete s.steps[0].title), SCENARIO, 'steps[0].title', /is required/],
    ['a definition for another id', () => form(undefined, (s) => (s.id = 'other-one-stop')), SCENARIO, 'id', /manifest's id is "sample-one-stop"/],
    ['a definition of another version', () => form(undefined, (s) => (s.version = '2.0.0')), SCENARIO, 'version', /manifest's version is "1.0.0"/],
    ['a definition at another identity level', () => form(undefined, (s) => (s.level = 'L3')), SCENARIO, 'level', /manifest's level is "L2"/],
    ['a prefill whose scope the manifest does not declare', () => form((m) => (m.permissions = m.permissions.filter((p: Mutable) => p.scope !== 'profile.idNumber'))),
      SCENARIO, 'steps[0].fields[1].prefill.scope', /needs the scope "profile.idNumber" to prefill idNumber, but mini-apps\/sample-one-stop\/manifest.ts does not declare it/],
    ['a family-member subject without the family scope', () => form(undefined, (s) => (s.subject = { kind: 'family-member', relations: ['child'] })),
      SCENARIO, 'subject.kind', /needs the scope "family" to act for a family member/],
    ['a fee without the payment scope', () => form((m) => (m.permissions = m.permissions.filter((p: Mutable) => p.scope !== 'payment'))),
      SCENARIO, 'fee', /needs the scope "payment" to take the fee/],
  ]
  const cases = rows.map(([name, source, file, field, reason]) => ({ name, source, file, field, reason }))

  it.each(cases)('refuses $name, naming the file and the field', ({ source, file, field, reason }) => {
    const result = validateManifests([source()], host)
    expect(result.manifests).toEqual([])
    expect(result.problems).toContainEqual({ file, field, reason: expect.stringMatching(reason) })
  })
})
