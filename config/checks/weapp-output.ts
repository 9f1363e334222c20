import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, normalize, relative, sep } from 'node:path'
import { findForbiddenGlobals } from './weapp-globals'

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}

const posix = (path: string) => path.split(sep).join('/')

const scriptsUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === '__view__' ? [] : scriptsUnder(join(dir, entry.name))) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  )

const packageOf = (path: string, roots: string[]): string => roots.find((root) => path.startsWith(`${root}/`)) ?? ''

/** Every page listed in app.json, main package and subpackages, has its script, template and config. */
const missingPageFiles = (dist: string, app: AppJson): string[] => {
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
  return pages.flatMap((page) =>
    ['.js', '.wxml', '.json'].filter((ext) => !existsSync(join(dist, `${page}${ext}`))).map((ext) => `${page}${ext} is missing`),
  )
}

/** WeChat lets a subpackage require only its own files and the main package's; the main package, none of a subpackage's. */
const crossPackageRequires = (file: string, source: string, roots: string[]): string[] => {
  const from = packageOf(file, roots)
  return [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].flatMap(([, request]) => {
    if (!request.startsWith('.')) return []
    const target = posix(normalize(join(dirname(file), request)))
    const to = packageOf(target, roots)
    return to && to !== from ? [`${file} (${from || 'main package'}) requires ${target} from subpackage ${to}`] : []
  })
}

/**
 * The rules WeChat enforces on a built mini-program, checked on `dist/weapp…`:
 * no eval or new Function outside guarded code, no unguarded browser globals,
 * every page's files present, and no module required across packages.
 * Returns one message per problem, naming the file.
 */
export const checkWeappOutput = (dist: string): string[] => {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson
  const roots = (app.subPackages ?? []).map((p) => p.root)
  const problems = missingPageFiles(dist, app)
  for (const path of scriptsUnder(dist)) {
    const file = posix(relative(dist, path))
    const source = readFileSync(path, 'utf8')
    problems.push(...crossPackageRequires(file, source, roots))
    try {
      for (const finding of findForbiddenGlobals(source)) {
        problems.push(
          finding.kind === 'code-generation'
            ? `${file}:${finding.line}:${finding.column}: eval or new Function, which WeChat forbids`
            : `${file}:${finding.line}:${finding.column}: unguarded browser global "${finding.name}", which WeChat's logic layer lacks`,
        )
      }
    } catch (e: unknown) {
      problems.push(`${file}: does not parse: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  return problems
}
