import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** WeChat's limits: 2 MB per package (main or sub), 30 MB in all. */
export const WEAPP_LIMITS = { packageBytes: 2 * 1024 * 1024, totalBytes: 30 * 1024 * 1024 }

export interface PackageSizes {
  main: number
  subpackages: Record<string, number>
  total: number
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )

/** Sizes of a built mini-program: every file belongs to the subpackage whose root holds it, or to the main package. */
export const measureWeappPackages = (distDir: string, subpackageRoots: string[]): PackageSizes => {
  const sizes: PackageSizes = { main: 0, subpackages: Object.fromEntries(subpackageRoots.map((r) => [r, 0])), total: 0 }
  for (const file of filesUnder(distDir)) {
    const path = relative(distDir, file).split(sep).join('/')
    // project.config.json is DevTools' settings, not part of any package.
    if (path === 'project.config.json' || path === 'project.private.config.json') continue
    const bytes = statSync(file).size
    const root = subpackageRoots.find((r) => path.startsWith(`${r}/`))
    if (root) sizes.subpackages[root] += bytes
    else sizes.main += bytes
    sizes.total += bytes
  }
  return sizes
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
