import { findForbiddenGlobals } from './weapp-globals'

const names = (source: string) => findForbiddenGlobals(source).map((f) => `${f.kind}:${f.name}`)

describe('forbidden globals in built weapp scripts', () => {
  it('finds free browser globals that nothing guards', () => {
    expect(names('var c = new AbortController(); fetch("/x"); queueMicrotask(f)')).toEqual([
      'browser-global:AbortController', 'browser-global:fetch', 'browser-global:queueMicrotask',
    ])
  })

  it('accepts references guarded by typeof or a try, as feature detection does', () => {
    expect(names('var has = typeof window !== "undefined" && window.Event')).toEqual([])
    expect(names('if (typeof URL === "function") { new URL("x") }')).toEqual([])
    expect(names('var u = typeof TextEncoder !== "undefined" ? new TextEncoder() : null')).toEqual([])
    expect(names('try { e = new Event("abort") } catch (x) {}')).toEqual([])
  })

  it('ignores names the module declares or receives', () => {
    expect(names('(function (window, document) { window.x = document })()')).toEqual([])
    expect(names('var URL = require("./url"); new URL("a")')).toEqual([])
  })

  it("flags eval and new Function, except new Function('return this')", () => {
    expect(names('var g = new Function("return this")()')).toEqual([])
    expect(names('var f = new Function("a", "return a")')).toEqual(['code-generation:eval/new Function'])
    expect(names('eval("1")')).toEqual(['code-generation:eval/new Function'])
  })
})
