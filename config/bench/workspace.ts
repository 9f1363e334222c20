import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { scaffoldMiniApp } from '../registry/scaffold'

/** Never copied: installed, built, generated or tool-private. The registry regenerates what is generated. */
const SKIP = new Set([
  'node_modules', 'dist', '.git', '.bench', 'test-results', '.swc', '.taro-cache', 'coverage',
  'src/mini-apps', 'src/generated', 'mock/generated',
])

export const makeScratchDir = (): string => mkdtempSync(join(tmpdir(), 'gov-bench-'))

/**
 * A copy of the working tree to build in, so the bench never writes into the
 * checkout (no dist/ clobbered, no generated mini-apps left in mini-apps/).
 * node_modules is a symlink: the same packages, nothing reinstalled.
 */
export const copyRepo = (repoRoot: string, to: string): string => {
  cpSync(repoRoot, to, {
    recursive: true,
    filter: (source) => !SKIP.has(relative(repoRoot, source).split(sep).join('/')),
  })
  symlinkSync(join(repoRoot, 'node_modules'), join(to, 'node_modules'), 'dir')
  return to
}

/**
 * Adds `count` mini-apps the way a department copies one (`npm run miniapp --
 * new <id> --from <template>`): the registry's own scaffold copies it and moves
 * its id, API prefix, cache tags and slice name.
 */
export const addGeneratedMiniApps = (root: string, template: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => {
    const id = `bench-extra-${i + 1}`
    scaffoldMiniApp(join(root, 'mini-apps'), template, id)
    return id
  })

/** Keeps a build's output before the next build of the same target overwrites dist/. */
export const keepOutput = (root: string, target: string, to: string): string => {
  renameSync(join(root, 'dist', target), to)
  return to
}

export const removeScratchDir = (dir: string): void => rmSync(dir, { recursive: true, force: true })
