import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'

/**
 * WeChat's view layer, approximated: Taro's real `base.wxml` templates
 * compiled by WeChat's own compiler (`wcc`, from miniprogram-compiler) and
 * rendered by exparser through miniprogram-simulate / j-component. The logic
 * realm's setData data is rendered here, and a tap dispatched on a rendered
 * element bubbles through the view to the template's `bindtap="eh"` and back
 * to the page's own `eh`, as on a phone.
 *
 * This renderer runs in Node's realm with jsdom globals (it needs a DOM);
 * the app's code never does, so the DOM cannot hide a missing global.
 */

/** Every Taro page's WXML is this one line; the check fails if the build changes it. */
const TARO_PAGE_WXML = /^<import src="(\.\.\/)+base\.wxml"\/>\s*<template is="taro_tmpl" data="\{\{root:root\}\}" \/>\s*$/

interface SimElement {
  dom: HTMLElement
  dispatchEvent: (name: string, options?: object) => void
  querySelector: (selector: string) => SimElement | null
  setData: (data: object) => void
  attach: (parent: HTMLElement) => void
}

type Simulate = { load: (path: string, tag: string, options: object) => string; render: (id: string) => SimElement }

let simulate: Simulate | undefined

/** miniprogram-simulate expects a browser-like Node realm (jsdom), set up once. */
const loadSimulate = (): Simulate => {
  if (simulate) return simulate
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
  const g = globalThis as Record<string, unknown>
  for (const name of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'MouseEvent', 'TouchEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    g[name] = name === 'window' ? window : (window as unknown as Record<string, unknown>)[name]
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only after the DOM globals exist
  simulate = require('miniprogram-simulate') as Simulate
  return simulate
}

const bridgeComponent = (properties: string) =>
  `Component({ options: { addGlobalClass: true }, properties: ${properties}, methods: { eh(event) { globalThis.__weappViewEvent(event) } } })\n`

/** Writes the view's host components beside the build (in `__view__/`), importing its real templates. */
const writeHosts = (distDir: string): string => {
  const dir = join(distDir, '__view__')
  mkdirSync(dir, { recursive: true })
  const comp = readFileSync(join(distDir, 'comp.wxml'), 'utf8').replace(/src="\.\//g, 'src="../')
  const files: Record<string, string> = {
    'page.json': JSON.stringify({ component: true, usingComponents: { comp: './comp' } }),
    'page.wxml': '<import src="../base.wxml"/>\n<template is="taro_tmpl" data="{{root:root}}" />\n',
    'page.js': bridgeComponent('{ root: { type: Object, value: { cn: [] } } }'),
    'page.wxss': '',
    'comp.json': JSON.stringify({ component: true, usingComponents: { comp: './comp' } }),
    'comp.wxml': comp,
    'comp.js': bridgeComponent("{ i: { type: Object, value: { nn: '' } }, l: { type: String, value: '' } }"),
    'comp.wxss': '',
  }
  Object.entries(files).forEach(([name, content]) => writeFileSync(join(dir, name), content))
  return dir
}

export interface PageView {
  /** Renders the page's current data, as the view does after a setData. */
  render: (root: unknown) => void
  /** What a resident reads on the rendered page. */
  text: () => string
  /** Taps the `nth` innermost rendered element showing `label`; the tap bubbles like WeChat's. Returns false if there is none. */
  tap: (label: string, nth?: number) => boolean
}

export const createView = (distDir: string, pageWxml: (route: string) => string) => {
  const sim = loadSimulate()
  const dir = writeHosts(distDir)
  const pageId = sim.load(join(dir, 'page'), 'taro-page', { rootPath: distDir, compiler: 'official' })
  let onEvent: (event: unknown) => void = () => undefined
  ;(globalThis as Record<string, unknown>).__weappViewEvent = (event: unknown) => onEvent(event)

  return {
    /** A fresh view for a page; its events go to `handle` (the page's `eh`). */
    mount: (route: string, handle: (event: unknown) => void): PageView => {
      if (!TARO_PAGE_WXML.test(pageWxml(route))) throw new Error(`${route}.wxml is not Taro's page template; the view check does not know how to render it`)
      const component = sim.render(pageId)
      const parent = document.createElement('div')
      component.attach(parent)
      const innermost = (label: string): HTMLElement[] => {
        const matches = [...component.dom.querySelectorAll<HTMLElement>('[data-sid]')].filter((el) => el.textContent?.includes(label))
        return matches.filter((el) => ![...el.querySelectorAll('[data-sid]')].some((inner) => inner.textContent?.includes(label)))
      }
      return {
        render: (root) => {
          onEvent = handle
          component.setData({ root })
        },
        text: () => component.dom.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        tap: (label, nth = 0) => {
          const target = innermost(label)[nth]
          const element = target && component.querySelector(`#${target.dataset.sid}`)
          if (!element) return false
          onEvent = handle
          element.dispatchEvent('tap', { detail: { x: 10, y: 10 } })
          return true
        },
      }
    },
  }
}
