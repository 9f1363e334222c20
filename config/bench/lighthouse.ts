import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CHROMIUM_FLAGS, requireChromium } from '../../test/e2e/support/chromium'
import { serveStatic } from '../../test/e2e/support/static-server'

export interface LighthouseRun {
  performance: number
  lcpMs: number
  fcpMs: number
  /** Cumulative layout shift: the prerendered first screen must give way to the app without moving. */
  cls: number
  /** What the LCP was, so a miss says where to look. */
  lcpElement: string
}

export interface LighthouseFigures {
  runs: LighthouseRun[]
  /** Medians over the runs: one Lighthouse run varies by several points. */
  performance: number
  lcpMs: number
  cls: number
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Writes a .gz beside every text asset, so the server sends what a production host would: compressed. */
const precompress = (dir: string): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) precompress(path)
    else if (/\.(js|css|html|json|svg)$/.test(entry.name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 6 }))
  }
}

/**
 * Debian's chromium with a DevTools port for Lighthouse. Launched directly:
 * chrome-launcher is only a transitive dependency here, and the flags are the
 * ones known to work in this container.
 */
const launchChromium = async (): Promise<{ port: number; close: () => Promise<void> }> => {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'))
  const args = ['--headless', ...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank']
  const child = spawn(requireChromium(), args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // The profile can be removed only once chromium has stopped writing to it.
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      // The launcher execs chromium; its helper processes share the process group.
      process.kill(-child.pid, 'SIGTERM')
      const forced = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000)
      await exited
      clearTimeout(forced)
    }
    rmSync(profile, { recursive: true, force: true })
  }
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`chromium did not open a DevTools port:\n${stderr}`)), 30_000)
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}) before opening a DevTools port:\n${stderr}`)))
  }).catch(async (e: unknown) => {
    await close()
    throw e
  })
  return { port, close }
}

/** The LCP element's selector and text, dug out of the audit's nested tables. */
const lcpElementOf = (details: unknown): string => {
  const text = JSON.stringify(details ?? {})
  const selector = /"selector":"([^"]*)"/.exec(text)?.[1]
  const label = /"nodeLabel":"([^"]*)"/.exec(text)?.[1]
  return selector ? `${selector}${label ? ` ("${label}")` : ''}` : 'unknown'
}

/**
 * Lighthouse's default config: mobile form factor, simulated slow 4G and a
 * 4x CPU slowdown. Each run clears the origin's storage, service worker
 * included, so every run is a first visit.
 */
export const runLighthouse = async (distDir: string, runs: number): Promise<LighthouseFigures> => {
  precompress(distDir)
  const server = await serveStatic(distDir, { gzip: true })
  const chromium = await launchChromium()
  try {
    const { default: lighthouse } = await import('lighthouse')
    const results: LighthouseRun[] = []
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${server.url}/`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
      const lhr = result?.lhr
      const score = lhr?.categories.performance?.score
      const lcp = lhr?.audits['largest-contentful-paint']?.numericValue
      if (!lhr || typeof score !== 'number' || typeof lcp !== 'number') {
        throw new Error(`Lighthouse run ${i + 1} gave no performance score: ${lhr?.runtimeError?.message ?? 'no result'}`)
      }
      results.push({
        performance: Math.round(score * 100),
        lcpMs: Math.round(lcp),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details),
      })
    }
    return { runs: results, performance: median(results.map((r) => r.performance)), lcpMs: median(results.map((r) => r.lcpMs)), cls: median(results.map((r) => r.cls)) }
  } finally {
    await chromium.close()
    await server.close()
  }
}
