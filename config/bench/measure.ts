import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { measureWeappPackages } from '../checks/package-size'
import { taroBuild } from './taro-build'

export interface WeappFigures {
  mainBytes: number
  subpackages: Record<string, number>
  totalBytes: number
  buildSeconds: number
}

/** Builds weapp in `root` and sizes it with the same code the build's own WeChat-limit check uses. */
export const buildWeapp = (root: string): WeappFigures => {
  const buildSeconds = taroBuild(root, 'weapp')
  const dist = join(root, 'dist', 'weapp')
  const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
  const sizes = measureWeappPackages(dist, (appJson.subPackages ?? []).map((p) => p.root))
  return { mainBytes: sizes.main, subpackages: sizes.subpackages, totalBytes: sizes.total, buildSeconds }
}

export interface GrowthFigures {
  extraMiniApps: number
  mainBytesBefore: number
  mainBytesAfter: number
  bytesPerMiniApp: number
}

export const growthOf = (before: WeappFigures, after: WeappFigures, extraMiniApps: number): GrowthFigures => {
  const expected = Object.keys(before.subpackages).length + extraMiniApps
  if (Object.keys(after.subpackages).length !== expected) {
    throw new Error(`expected ${expected} subpackages after adding ${extraMiniApps} mini-apps, found ${Object.keys(after.subpackages).length}`)
  }
  return {
    extraMiniApps,
    mainBytesBefore: before.mainBytes,
    mainBytesAfter: after.mainBytes,
    bytesPerMiniApp: (after.mainBytes - before.mainBytes) / extraMiniApps,
  }
}
