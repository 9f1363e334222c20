import { ESLint } from 'eslint'

export interface LintVerdict {
  files: number
  errors: number
  warnings: number
  /** ESLint's stylish report of the problems; empty when clean. */
  report: string
}

/**
 * The lint boundary over some mini-apps' folders, with the repository's own
 * config (eslint.config.mjs: the mini-app import zones, no inline escapes).
 * Warnings fail as they do in `npm run lint` (--max-warnings 0).
 */
export const lintMiniApps = async (rootDir: string, ids: string[]): Promise<Map<string, LintVerdict>> => {
  // eslint.config.mjs reads mini-apps/ relative to the working directory.
  const cwd = process.cwd()
  process.chdir(rootDir)
  try {
    const eslint = new ESLint({ cwd: rootDir })
    const results = await eslint.lintFiles(ids.map((id) => `mini-apps/${id}`))
    const formatter = await eslint.loadFormatter('stylish')
    const verdicts = new Map<string, LintVerdict>()
    for (const id of ids) {
      const mine = results.filter((r) => r.filePath.startsWith(`${rootDir}/mini-apps/${id}/`))
      verdicts.set(id, {
        files: mine.length,
        errors: mine.reduce((n, r) => n + r.errorCount, 0),
        warnings: mine.reduce((n, r) => n + r.warningCount, 0),
        report: (await formatter.format(mine.filter((r) => r.messages.length > 0))).trim(),
      })
    }
    return verdicts
  } finally {
    process.chdir(cwd)
  }
}
