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

/**
 * Starts a new mini-app from an existing one: copies the folder and moves
 * everything that must carry the id — the manifest id, the API path prefix
 * (/<id>/), the cache-tag prefix ('<id>/…') and the slice name — to the new id.
 * Names, text and pages are the department's to change next.
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
  const changed: string[] = []
  for (const file of filesUnder(target).filter((p) => TEXT_FILE.test(p))) {
    const before = readFileSync(file, 'utf8')
    const after = rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), before)
    if (after !== before) {
      writeFileSync(file, after)
      changed.push(file)
    }
  }
  return changed
}
