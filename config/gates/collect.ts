import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { measureFirstLoad, gzipSize } from '../bench/first-load'
import type { FileSizes, H5Stats, WeappStats } from './size-gates'

/** Reads sizes from built output; the gates themselves never touch the disk. */

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))

// DevTools' settings are not part of any package (as config/checks/package-size.ts counts).
const NOT_SHIPPED = new Set(['project.config.json', 'project.private.config.json'])

export const subpackageRoots = (distDir: string): string[] =>
  ((JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }).subPackages ?? []).map((p) => p.root)

/** Every shipped file of a built mini-program, by package: the main package, or the subpackage whose root holds it. */
export const collectWeapp = (distDir: string): WeappStats => {
  const roots = subpackageRoots(distDir)
  const stats: WeappStats = { main: {}, subpackages: Object.fromEntries(roots.map((r) => [r, {} as FileSizes])) }
  for (const file of filesUnder(distDir)) {
    const path = relative(distDir, file).split(sep).join('/')
    if (NOT_SHIPPED.has(path)) continue
    const root = roots.find((r) => path.startsWith(`${r}/`))
    ;(root ? stats.subpackages[root] : stats.main)[path] = statSync(file).size
  }
  return stats
}

/** The scripts Home fetches on a first load in Chromium, each gzip-sized as a static host sends it. */
export const collectH5 = async (distDir: string): Promise<H5Stats> => {
  const { scripts } = await measureFirstLoad(distDir)
  return { firstLoadGzip: Object.fromEntries(scripts.map((s) => [s, gzipSize(readFileSync(join(distDir, s)))])) }
}
