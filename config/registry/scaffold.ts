import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const KEBAB_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/
const TEXT_FILE = /\.(ts|tsx|yaml|scss)$/

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Two characters from the id (FNV-1a, base 36): the new mini-app's placeholder glyph and name mark. */
const shortMark = (id: string): string => {
  let hash = 0x811c9dc5
  for (const c of id) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0
  return (hash % 1296).toString(36).toUpperCase().padStart(2, '0')
}

/**
 * Starts a new mini-app from an existing one: copies the folder and moves
 * everything that must carry the id — the manifest id, the API path prefix
 * (/<id>/), the cache-tag prefix ('<id>/…') and the slice name — to the new id.
 * Its names get the new id and its icon a glyph of its own, so the registry
 * takes it at once; names, text and pages are the department's to change next.
 */
export const scaffoldMiniApp = (miniAppsDir: string, from: string, to: string): string[] => {
  if (!KEBAB_ID.test(to)) throw new Error(`"${to}" is not a kebab-case id such as housing-fund`)
  const source = join(miniAppsDir, from)
  const target = join(miniAppsDir, to)
  if (!existsSync(join(source, 'manifest.ts'))) throw new Error(`mini-apps/${from} has no manifest.ts to start from`)
  if (existsSync(target)) throw new Error(`mini-apps/${to} already exists`)
  cpSync(source, target, { recursive: true, filter: (path) => !/[\\/]generated([\\/]|$)/.test(path) })
  const f = escape(from)
  const rewrites: [RegExp, string][] = [
    [new RegExp(`(\\bid: ')${f}(')`, 'g'), `$1${to}$2`],
    [new RegExp(`(\\bname: ')${f}(')`, 'g'), `$1${to}$2`],
    [new RegExp(`/${f}/`, 'g'), `/${to}/`],
    [new RegExp(`(['"\`])${f}/`, 'g'), `$1${to}/`],
  ]
  // The registry refuses a copy of another mini-app's name, or of its icon within a department: the new one
  // starts with the id in its names and a glyph of its own, for the department to replace.
  const mark = shortMark(to)
  const manifestRewrites: [RegExp, (...groups: string[]) => string][] = [
    // Within the names' limits (12 characters in Chinese, 40 in English).
    [/(\bname: \{ 'zh-CN': ')([^']*)(', en: ')([^']*)(')/, (_m: string, a: string, zh: string, b: string, en: string, c: string) =>
      `${a}${zh.slice(0, 9)}·${mark}${b}${`${en.slice(0, 38 - to.length)} (${to})`}${c}`],
    [/(\bicon: \{ glyph: ')([^']*)(')/, (_m: string, a: string, _glyph: string, c: string) => `${a}${mark}${c}`],
  ]
  const changed: string[] = []
  for (const file of filesUnder(target).filter((p) => TEXT_FILE.test(p))) {
    const before = readFileSync(file, 'utf8')
    const renamed = rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), before)
    const after = file === join(target, 'manifest.ts') ? manifestRewrites.reduce((text, [pattern, rename]) => text.replace(pattern, rename), renamed) : renamed
    if (after !== before) {
      writeFileSync(file, after)
      changed.push(file)
    }
  }
  return changed
}
