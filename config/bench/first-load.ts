import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, requireChromium } from '../../test/e2e/support/chromium'
import { serveStatic } from '../../test/e2e/support/static-server'

export interface FirstLoad {
  /** Scripts the browser fetched to show Home, as paths under the build. */
  scripts: string[]
  rawBytes: number
  /** gzip at the gzip tool's default level, per file, as a static host would send them. */
  gzipBytes: number
}

export const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 6 }).length

/**
 * Loads Home of a built H5 app in Chromium and sums the JavaScript it fetched
 * until the network went quiet. Measured in a browser rather than read from
 * index.html, because Taro loads the page's chunks only once the router runs.
 */
export const measureFirstLoad = async (distDir: string): Promise<FirstLoad> => {
  const server = await serveStatic(distDir)
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_FLAGS })
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    const scripts = new Set<string>()
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (response.request().resourceType() === 'script' && url.origin === server.url) scripts.add(url.pathname)
    })
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' })
    const files = [...scripts].sort()
    const contents = files.map((path) => readFileSync(join(distDir, path)))
    return {
      scripts: files,
      rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
      gzipBytes: contents.reduce((sum, c) => sum + gzipSize(c), 0),
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
