import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { listMiniAppFolders } from '../../config/registry/load'

export const root = join(__dirname, '..', '..')

/** A snippet linted as if it were the file at `file` (relative to the repository), with any files it needs on disk. */
export interface Probe {
  code: string
  file: string
  files?: ({ path: string; content: string } | { path: string; linkTo: string })[]
}

export interface LintMessage {
  ruleId: string | null
  message: string
}

/** Lints every probe in one ESLint process with the project's real config. */
export const lintProbes = (probes: Probe[]): LintMessage[][] => {
  const input = probes.map(({ code, file, files = [] }) => ({
    code,
    filePath: join(root, file),
    files: files.map((f) => ({ ...f, path: join(root, f.path) })),
  }))
  const out = execFileSync(process.execPath, [join(root, 'test/lint/lint-probes.mjs')], { cwd: root, input: JSON.stringify(input) })
  return JSON.parse(out.toString('utf8'))
}

/**
 * Two mini-apps from the registry's own folder list, never named here: the
 * probes stand in `own`, and `other` is the neighbour they must not reach.
 */
export const pickMiniApps = (): { own: string; other: string } => {
  const ids = listMiniAppFolders(join(root, 'mini-apps'))
  const own = ids.find((id) => existsSync(join(root, 'mini-apps', id, 'handlers.ts')))
  const other = ids.find((id) => id !== own)
  if (!own || !other) throw new Error('The lint probes need two mini-apps, one with handlers.ts, under mini-apps/')
  return { own, other }
}
