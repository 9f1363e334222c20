/** @jest-environment node */
import { permissionDiff, type PermissionFacts } from './permissions'

const reason = { 'zh-CN': '用于测试', en: 'For the test' }
const released = (): PermissionFacts => ({
  version: '1.0.0',
  level: 'L2',
  permissions: [{ scope: 'profile.idNumber', reason }],
  pages: [{ path: 'pages/index' }, { path: 'pages/pay', level: 'L3' }],
  allowedDomains: ['files.example.gov.cn'],
})

describe('the permission diff against the last release', () => {
  it('has nothing to review when the manifest asks for what it asked before', () => {
    expect(permissionDiff(released(), { ...released(), version: '1.1.0' })).toEqual([])
  })

  it('flags a new scope and a raised identity level for review', () => {
    const current = { ...released(), level: 'L3' as const, permissions: [...released().permissions, { scope: 'payment', reason }] }
    const changes = permissionDiff(released(), current)
    expect(changes.filter((c) => c.review).map((c) => c.kind)).toEqual(['new-scope', 'raised-level'])
    expect(changes.map((c) => c.detail)).toEqual(['+ scope payment ("用于测试" / "For the test")', '↑ identity level L2 → L3'])
  })

  it("flags a page raised above its mini-app's level, and a new outside host", () => {
    const current = {
      ...released(),
      pages: [
        { path: 'pages/index', level: 'L4' as const },
        { path: 'pages/pay', level: 'L3' as const },
      ],
      allowedDomains: ['files.example.gov.cn', 'cdn.example.com'],
    }
    expect(permissionDiff(released(), current).map((c) => [c.kind, c.review])).toEqual([
      ['raised-page-level', true],
      ['new-domain', true],
    ])
  })

  it('reports dropped scopes and a lowered level without flagging them', () => {
    const current = { ...released(), level: 'L1' as const, permissions: [] }
    expect(permissionDiff(released(), current).map((c) => [c.kind, c.review])).toEqual([
      ['removed-scope', false],
      ['lowered-level', false],
    ])
  })

  it('treats a mini-app never released as new in everything it asks', () => {
    const changes = permissionDiff(undefined, released())
    expect(changes.map((c) => c.kind)).toEqual(['first-release', 'new-scope', 'new-domain'])
    expect(changes.every((c) => c.review)).toBe(true)
  })
})
