import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRealm, type RealmGlobals } from './realm'

/** A scratch "build" with a main package and two subpackages. */
const scratch = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-realm-'))
  Object.entries(files).forEach(([path, source]) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), source)
  })
  return dir
}

const globals = (): RealmGlobals => ({
  wx: {}, App: () => undefined, Page: () => undefined, Component: () => undefined, Behavior: (c) => c,
  getApp: () => undefined, getCurrentPages: () => [], console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
})

describe('the WeChat-shaped realm', () => {
  it.each(['AbortController', 'fetch', 'URL', 'TextEncoder', 'queueMicrotask', 'structuredClone', 'XMLHttpRequest'])(
    'has no %s, as WeChat has none',
    (name) => {
      const realm = createRealm(scratch({ 'a.js': `module.exports = typeof ${name}` }), globals(), [])
      expect(realm.require('a.js')).toBe('undefined')
    },
  )

  it('shadows window and document inside every module, as WeChat compiles them', () => {
    const realm = createRealm(scratch({ 'a.js': 'module.exports = [typeof window, typeof document, typeof wx]' }), globals(), [])
    expect(realm.require('a.js')).toEqual(['undefined', 'undefined', 'object'])
  })

  it('throws the ReferenceError a phone would for a missing global', () => {
    const realm = createRealm(scratch({ 'a.js': 'module.exports = () => new AbortController()' }), globals(), [])
    expect(() => (realm.require('a.js') as () => unknown)()).toThrow('AbortController is not defined')
  })

  it("allows new Function('return this') and nothing else of eval's kind", () => {
    const realm = createRealm(
      scratch({
        'ok.js': "module.exports = new Function('return this')() === (0, eval)",
        'eval.js': "module.exports = () => eval('1 + 1')",
        'fn.js': "module.exports = () => new Function('a', 'return a')",
        'ctor.js': "module.exports = () => (function () {}).constructor('return 1')",
      }),
      globals(),
      [],
    )
    expect(() => realm.require('ok.js')).not.toThrow()
    for (const file of ['eval.js', 'fn.js', 'ctor.js']) expect(() => (realm.require(file) as () => unknown)()).toThrow(/forbids|EvalError|Code generation/)
  })

  it('refuses a module required across packages, naming both', () => {
    const realm = createRealm(
      scratch({ 'sub-a/page.js': "module.exports = require('../sub-b/util')", 'sub-b/util.js': 'module.exports = 1', 'main.js': "module.exports = require('./sub-a/page')" }),
      globals(),
      ['sub-a', 'sub-b'],
    )
    expect(() => realm.require('sub-a/page.js')).toThrow('sub-a/page.js (sub-a) requires sub-b/util.js from subpackage sub-b')
    expect(() => realm.require('main.js')).toThrow('(main package) requires sub-a/page.js from subpackage sub-a')
  })

  it('parses JSON into objects of its own realm', () => {
    const realm = createRealm(scratch({ 'a.js': 'module.exports = (v) => v instanceof Object' }), globals(), [])
    expect((realm.require('a.js') as (v: unknown) => boolean)(realm.json.parse('{"a":1}'))).toBe(true)
    expect((realm.require('a.js') as (v: unknown) => boolean)(JSON.parse('{"a":1}'))).toBe(false)
  })
})
