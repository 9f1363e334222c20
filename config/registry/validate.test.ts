/** @jest-environment node */
import { validManifest, sourceOf } from './fixtures'
import { formatProblem, type ManifestSource } from './types'
import { validateManifests, type HostFacts } from './validate'

const host: HostFacts = { shellVersion: '1.4.0', pageExists: () => true }

type Mutable = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const broken = (mutate: (m: Mutable) => void, folder?: string): ManifestSource => {
  const manifest = validManifest() as Mutable
  mutate(manifest)
  return sourceOf(manifest, folder ?? (typeof manifest.id === 'string' ? manifest.id : 'sample-app'))
}

const problemsOf = (sources: ManifestSource[], facts: HostFacts) => validateManifests(sources, facts).problems

describe('validateManifests', () => {
  it('accepts a valid manifest and fills in defaults', () => {
    const { allowedDomains: _dropped, ...withoutDomains } = validManifest()
    const result = validateManifests([sourceOf(withoutDomains)], host)
    expect(result.problems).toEqual([])
    expect(result.manifests).toHaveLength(1)
    expect(result.manifests[0].allowedDomains).toEqual([])
  })

  // Each row breaks one thing; the problem must name the file, the field and why.
  type Row = [name: string, sources: () => ManifestSource[], field: string, reason: RegExp, facts?: HostFacts]
  const rows: Row[] = [
    ['a missing id', () => [broken((m) => delete m.id)], 'id', /is required/],
    ['an id in camelCase', () => [broken((m) => (m.id = 'sampleApp'))], 'id', /kebab-case/],
    ['an id with an underscore', () => [broken((m) => (m.id = 'sample_app'))], 'id', /kebab-case/],
    ['an id with a double hyphen', () => [broken((m) => (m.id = 'sample--app'))], 'id', /kebab-case/],
    ['a one-letter id', () => [broken((m) => (m.id = 'a'))], 'id', /at least 2/],
    ['an id reserved by the shell', () => [broken((m) => (m.id = 'auth'))], 'id', /reserved by the shell/],
    ['an id that differs from its folder', () => [broken(() => undefined, 'other-folder')], 'id', /folder is mini-apps\/other-folder/],
    ['a duplicate id', () => [sourceOf(validManifest(), 'sample-app'), sourceOf(validManifest(), 'sample-app')], 'id', /already used by/],
    ['a missing version', () => [broken((m) => delete m.version)], 'version', /is required/],
    ['a version that is not semver', () => [broken((m) => (m.version = '1.0'))], 'version', /semantic version/],
    ['a version with a v prefix', () => [broken((m) => (m.version = 'v1.0.0'))], 'version', /semantic version/],
    ['an unknown kind', () => [broken((m) => (m.kind = 'plugin'))], 'kind', /unknown kind "plugin"/],
    ['a kind this shell does not serve yet', () => [broken((m) => (m.kind = 'webview'))], 'kind', /reserved for a later shell/],
    ['a name without English', () => [broken((m) => delete m.name.en)], 'name.en', /is required/],
    ['an empty Chinese name', () => [broken((m) => (m.name['zh-CN'] = '  '))], 'name.zh-CN', /must not be empty/],
    ['a Chinese name too long for a tile', () => [broken((m) => (m.name['zh-CN'] = '一二三四五六七八九十十一十二十三'))], 'name.zh-CN', /at most 12/],
    ['a missing description', () => [broken((m) => delete m.description)], 'description', /is required/],
    ['a department in an unknown language', () => [broken((m) => (m.department.fr = 'Département'))], 'department.fr', /not a manifest field/],
    ['a misspelt top-level field', () => [broken((m) => (m.permisions = []))], 'permisions', /not a manifest field/],
    ['an unknown category', () => [broken((m) => (m.category = 'lottery'))], 'category', /unknown category "lottery"/],
    ['an icon glyph of three characters', () => [broken((m) => (m.icon.glyph = '三个字'))], 'icon.glyph', /one or two characters/],
    ['an icon colour by name', () => [broken((m) => (m.icon.color = 'blue'))], 'icon.color', /colour such as/],
    ['no pages', () => [broken((m) => (m.pages = []))], 'pages', /at least one page/],
    ['a page path with a file extension', () => [broken((m) => (m.pages[0].path = 'pages/index.tsx'))], 'pages[0].path', /without a file extension/],
    ['a page path outside pages/', () => [broken((m) => (m.pages[0].path = 'views/index'))], 'pages[0].path', /pages\/<name>/],
    ['a page listed twice', () => [broken((m) => m.pages.push({ ...m.pages[0] }))], 'pages[2]', /duplicate page "pages\/index"/],
    ['a page without a title', () => [broken((m) => delete m.pages[1].title)], 'pages[1].title', /is required/],
    ['a page with an unknown level', () => [broken((m) => (m.pages[1].level = 'L5'))], 'pages[1].level', /unknown identity level "L5"/],
    ['a page whose file does not exist', () => [broken(() => undefined)], 'pages[1].path', /pages\/detail.tsx does not exist/,
      { ...host, pageExists: (_f: string, p: string) => p !== 'pages/detail' }],
    ['an entry that is not one of the pages', () => [broken((m) => (m.entry = 'pages/home'))], 'entry', /not one of the pages/],
    ['an unknown permission scope', () => [broken((m) => (m.permissions[0].scope = 'contacts'))], 'permissions[0].scope', /unknown scope "contacts"/],
    ['a permission without a reason', () => [broken((m) => delete m.permissions[0].reason)], 'permissions[0].reason', /is required/],
    ['a scope declared twice', () => [broken((m) => m.permissions.push({ ...m.permissions[0] }))], 'permissions[1]', /duplicate scope/],
    ['an unknown identity level', () => [broken((m) => (m.level = 'L9'))], 'level', /unknown identity level "L9"/],
    ['no targets', () => [broken((m) => (m.targets = []))], 'targets', /at least one target/],
    ['an unknown target', () => [broken((m) => (m.targets = ['alipay']))], 'targets[0]', /unknown target "alipay"/],
    ['a target listed twice', () => [broken((m) => (m.targets = ['h5', 'h5']))], 'targets[1]', /duplicate target/],
    ['a region outside Liaoning', () => [broken((m) => (m.regions = ['110000']))], 'regions[0]', /unknown region code "110000"/],
    ['no regions', () => [broken((m) => (m.regions = []))], 'regions', /at least one region/],
    ['a shell range that is not semver', () => [broken((m) => (m.shell = 'newest'))], 'shell', /semver range/],
    ['a shell range the host does not satisfy', () => [broken((m) => (m.shell = '^2.0.0'))], 'shell', /needs shell \^2.0.0, but this host is shell 1.4.0/],
    ['an allowed domain with a scheme', () => [broken((m) => (m.allowedDomains = ['https://files.example.gov.cn']))], 'allowedDomains[0]', /host name/],
    ['a manifest that is not an object', () => [sourceOf('sample-app')], '(manifest)', /expected object/],
    ['a module without a manifest export', () => [sourceOf(undefined)], 'manifest', /export const manifest/],
    ['a module that cannot be loaded', () => [{ ...sourceOf(undefined), loadError: 'Unexpected token' }], '(module)', /could not be loaded: Unexpected token/],
    ['a manifest that imports React', () => [sourceOf(validManifest(), 'sample-app', "import React from 'react'\n")], '(imports)', /pure data, but imports "react"/],
  ]

  // Objects, not arrays: Jest would hand a `done` callback to a missing fifth item.
  const cases = rows.map(([name, sources, field, reason, facts = host]) => ({ name, sources, field, reason, facts }))

  it.each(cases)('refuses $name, naming the file and the field', ({ sources, field, reason, facts }) => {
    const problems = problemsOf(sources(), facts)
    const match = problems.find((p) => p.field === field)
    expect(match).toBeDefined()
    expect(match?.file).toMatch(/^mini-apps\/[\w-]+\/manifest\.ts$/)
    expect(match?.reason).toMatch(reason)
  })

  it('covers at least 30 distinct broken manifests', () => {
    expect(new Set(cases.map(({ name }) => name)).size).toBeGreaterThanOrEqual(30)
  })

  it('keeps a broken manifest out of the valid set and formats its problem on one line', () => {
    const result = validateManifests([broken((m) => (m.category = 'lottery'))], host)
    expect(result.manifests).toHaveLength(0)
    expect(formatProblem(result.problems[0])).toBe(
      'mini-apps/sample-app/manifest.ts: category: unknown category "lottery"; expected one of: ' +
        'social-insurance, transport, health, housing, education, employment, civil-affairs, public-security, tax, utilities, enterprise',
    )
  })
})
