import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { TARGETS, type Target } from '../../src/sdk/manifest/vocabulary'
import type { ValidManifest } from '../../src/sdk/manifest/schema'

export interface TargetVerdict {
  offered: Target[]
  notOffered: Target[]
  problems: string[]
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        if (name === 'generated') return []
        return statSync(path).isDirectory() ? filesUnder(path) : [path]
      })
    : []

/**
 * Target support: every declared target is one this shell builds (weapp, h5,
 * rn) and the folder holds no platform file (`x.rn.tsx`, `x.weapp.ts`, …) for a
 * target the manifest does not declare: Taro would never compile it, so it is
 * a mistake or dead code. Forms are rendered by the shell on every target.
 * Whether weapp really carries the subpackage is checked on the build (size).
 */
export const checkTargets = (rootDir: string, manifest: ValidManifest): TargetVerdict => {
  const offered = manifest.targets.filter((t): t is Target => (TARGETS as readonly string[]).includes(t))
  const problems = manifest.targets
    .filter((t) => !offered.includes(t as Target))
    .map((t) => `targets: "${t}" is not a target this shell builds (${TARGETS.join(', ')})`)
  const folder = join(rootDir, 'mini-apps', manifest.id)
  for (const file of filesUnder(folder)) {
    const platform = /\.(weapp|h5|rn|alipay|swan|tt|qq|jd)\.(tsx?|scss)$/.exec(file)?.[1]
    if (platform && !offered.includes(platform as Target)) {
      problems.push(`mini-apps/${manifest.id}/${relative(folder, file)} is for ${platform}, which the manifest's targets do not include`)
    }
  }
  if (manifest.kind === 'native' && offered.length === 0) problems.push('targets: a native mini-app must run somewhere')
  return { offered, notOffered: TARGETS.filter((t) => !offered.includes(t)), problems }
}
