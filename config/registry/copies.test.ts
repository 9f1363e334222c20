/** @jest-environment node */
import type { MiniAppManifest } from '../../src/sdk/manifest/schema'
import { sourceOf, validManifest } from './fixtures'
import { validateManifests, type HostFacts } from './validate'

const host: HostFacts = { shellVersion: '1.4.0', pageExists: () => true }

const original = validManifest()
/** A second mini-app of its own: another id, names, department and icon. */
const another = (edit: (m: MiniAppManifest) => void = () => undefined): MiniAppManifest => {
  const m: MiniAppManifest = {
    ...validManifest(),
    id: 'other-app',
    name: { 'zh-CN': '另一服务', en: 'Another' },
    department: { 'zh-CN': '另一厅', en: 'Another Department' },
    icon: { glyph: '另', color: '#0b7a55' },
  }
  edit(m)
  return m
}
const check = (second: MiniAppManifest) => validateManifests([sourceOf(original, 'sample-app'), sourceOf(second, 'other-app')], host)

describe('the registry refuses a mini-app that copies another', () => {
  it('accepts two mini-apps with names and icons of their own', () => {
    const result = check(another())
    expect(result.problems).toEqual([])
    expect(result.manifests.map((m) => m.id)).toEqual(['other-app', 'sample-app'])
  })

  type Row = { what: string; edit: (m: MiniAppManifest) => void; field: string; reason: RegExp }
  const rows: Row[] = [
    {
      what: 'the same Chinese name',
      edit: (m) => (m.name['zh-CN'] = '示例服务'),
      field: 'name.zh-CN',
      reason: /"示例服务" is also the name of mini-apps\/sample-app\/manifest\.ts/,
    },
    {
      what: 'the Chinese name with a space and full-width punctuation',
      edit: (m) => (m.name['zh-CN'] = '示例 服务！'),
      field: 'name.zh-CN',
      reason: /is also the name of mini-apps\/sample-app/,
    },
    {
      what: 'the same English name in other case and spacing',
      edit: (m) => (m.name.en = '  SAMPLE '),
      field: 'name.en',
      reason: /is also the name of mini-apps\/sample-app\/manifest\.ts \("Sample"\)/,
    },
    {
      what: 'the English name in full-width letters',
      edit: (m) => (m.name.en = 'Ｓａｍｐｌｅ'),
      field: 'name.en',
      reason: /is also the name/,
    },
    {
      what: 'the icon of a mini-app of the same department',
      edit: (m) => {
        m.department = { 'zh-CN': '示例厅', en: 'Another name for it' }
        m.icon = { glyph: '示', color: '#1A5FD6' }
      },
      field: 'icon',
      reason: /示 on #1A5FD6 is also the icon of mini-apps\/sample-app\/manifest\.ts, of the same department \(示例厅\)/,
    },
    {
      what: 'the icon, with the department named the same in English only',
      edit: (m) => {
        m.department = { 'zh-CN': '示例厅（新）', en: 'sample department' }
        m.icon = { glyph: '示', color: '#1a5fd6' }
      },
      field: 'icon',
      reason: /is also the icon/,
    },
  ]

  it.each(rows)('refuses $what, naming both files', ({ edit, field, reason }) => {
    const result = check(another(edit))
    const problem = result.problems.find((p) => p.field === field)
    expect(problem?.file).toBe('mini-apps/other-app/manifest.ts')
    expect(problem?.reason).toMatch(reason)
    // The copy stays out of the build; the original is kept.
    expect(result.manifests.map((m) => m.id)).toEqual(['sample-app'])
  })

  it('reports a copied pair once, on the later folder', () => {
    const copy = another((m) => (m.name = { ...original.name }))
    expect(check(copy).problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'mini-apps/other-app/manifest.ts name.zh-CN',
      'mini-apps/other-app/manifest.ts name.en',
    ])
  })

  it('allows the same icon from another department', () => {
    expect(check(another((m) => (m.icon = { ...original.icon }))).problems).toEqual([])
  })

  it('allows the same department with an icon of another colour', () => {
    expect(
      check(another((m) => ((m.department = { ...original.department }), (m.icon = { glyph: '示', color: '#c2410c' })))).problems,
    ).toEqual([])
  })
})
