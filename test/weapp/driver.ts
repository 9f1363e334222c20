import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PageInstance } from './app-host'
import { bootWeapp } from './boot'
import { pageText } from './page-data'
import { createView, type PageView } from './view'

/** A step of the journey that did not happen: what was expected, on which page, and what the page showed. */
export class JourneyError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Drives a booted mini-program as a resident would: reads what the page
 * shows and taps what it shows. With `view` on, both go through WeChat's
 * compiled templates; without it, through the setData data alone.
 */
export const createDriver = (distDir: string, { view: withView = true, storage }: { view?: boolean; storage?: Map<string, string> } = {}) => {
  const view = withView ? createView(distDir, (route) => readFileSync(join(distDir, `${route}.wxml`), 'utf8')) : undefined
  const views = new WeakMap<PageInstance, PageView>()
  const app = bootWeapp(distDir, {
    storage,
    onRender: (page) => {
      if (!view) return
      let pageView = views.get(page)
      if (!pageView) {
        // The view hands events over as JSON, as WeChat's bridge does.
        pageView = view.mount(page.route, (event) => (page.eh as (e: unknown) => void)(JSON.parse(JSON.stringify(event))))
        views.set(page, pageView)
      }
      pageView.render(page.data.root)
    },
  })

  const page = (): PageInstance => {
    const current = app.host.current()
    if (!current) throw new JourneyError('no page is open')
    return current
  }
  const text = (): string => {
    const current = page()
    return (views.get(current)?.text() ?? pageText(current.data)).replace(/\s+/g, '')
  }
  const describe = () => `on ${page().route}, which shows: "${text().slice(0, 300)}"`

  /** Waits until `ready` holds, or fails saying what the page showed instead. */
  const until = async (what: string, ready: () => boolean, timeoutMs = 8000): Promise<void> => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (app.problems.length > 0) throw new JourneyError(`stopped while waiting for ${what}, after the problem above`)
      if (ready()) return
      await sleep(25)
    }
    throw new JourneyError(`timed out waiting for ${what}, ${describe()}`)
  }

  return {
    app,
    page,
    text,
    until,
    /** Waits for the page to show `label` (white space is ignored: the view joins text nodes). */
    see: (label: string, timeoutMs?: number) => until(`"${label}"`, () => text().includes(label.replace(/\s+/g, '')), timeoutMs),
    /** Taps what shows `label`; `nth` picks among several that show the same text, in page order. */
    tap: async (label: string, nth = 0): Promise<void> => {
      if (!view) throw new JourneyError('taps need the view (WeChat templates) to find their target')
      if (!views.get(page())?.tap(label, nth)) throw new JourneyError(`nothing to tap showing "${label}", ${describe()}`)
      await sleep(0)
    },
    /** The resident's back button in the navigation bar. */
    back: () => app.host.navigation.navigateBack({ delta: 1 }),
    /** A tap on a tab of the tab bar. */
    switchTab: (path: string) => app.host.navigation.switchTab({ url: `/${path}` }),
    dispose: () => app.dispose(),
  }
}

export type Driver = ReturnType<typeof createDriver>
