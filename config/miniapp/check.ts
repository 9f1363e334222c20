import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import budgets from '../bench/budgets.json'
import { isNativeManifest, type ValidManifest } from '../../src/sdk/manifest/schema'
import { subpackageRoots } from '../gates/collect'
import { formatProblem } from '../registry/types'
import { usageError } from './errors'
import { lintMiniApps, type LintVerdict } from './lint'
import { permissionDiff } from './permissions'
import { runLong, step, type Output } from './progress'
import { problemsOf, readRegistry, requireFolder, type Registry } from './registry'
import { baselineOf } from './released'
import { budgetVerdict, describeVerdict, readSubpackage } from './size'
import { checkTargets } from './targets'

export const DEFAULT_SUBPACKAGE_BUDGET = budgets.weappSubpackage.max

export interface CheckOptions {
  rootDir: string
  output: Output
  /** One mini-app; every one when absent. */
  id?: string
  /** Diff permissions against the manifest at this git ref instead of released.json. */
  against?: string
  /** Exit non-zero when a permission change needs review. */
  failOnReview?: boolean
  /** Build dist/weapp even when it is there. */
  build?: boolean
  /** Subpackage budget in bytes (budgets.json's weappSubpackage by default). */
  budget?: number
  /** The weapp build to measure (dist/weapp by default). */
  distDir?: string
  skipLint?: boolean
  skipSize?: boolean
}

export interface CheckResult {
  failed: string[]
  review: string[]
}

const MARK = { ok: '✓', fail: '✗', review: '!', skip: '-' } as const

/** Builds weapp when asked, when there is no build, or when the build predates a mini-app being checked. */
const ensureWeappBuild = async (options: CheckOptions, distDir: string, ids: string[]): Promise<void> => {
  const built = existsSync(join(distDir, 'app.json'))
  const missing = built ? ids.filter((id) => !subpackageRoots(distDir).includes(`mini-apps/${id}`)) : []
  if (!options.build && built && missing.length === 0) return
  const why = options.build ? '--build' : !built ? 'there is no weapp build yet' : `the weapp build has no ${missing.join(', ')} yet`
  options.output.progress(`▸ building weapp (${why}; 2–3 minutes)…`)
  await runLong(options.output, {
    command: 'npm',
    args: ['run', '--silent', 'build:weapp'],
    cwd: options.rootDir,
    label: 'building weapp',
    logFile: join(tmpdir(), `miniapp-build-weapp-${process.pid}.log`),
  })
}

const checkOne = async (
  options: CheckOptions & { distDir: string },
  registry: Registry,
  id: string,
  lint: LintVerdict | undefined,
): Promise<CheckResult> => {
  const { out } = options.output
  const result: CheckResult = { failed: [], review: [] }
  const line = (mark: keyof typeof MARK, text: string) => out(`  ${MARK[mark]} ${text}`)
  const manifest: ValidManifest | undefined = registry.manifests.find((m) => m.id === id)
  out(`mini-apps/${id}${manifest ? ` (${manifest.kind}, ${manifest.version})` : ''}`)

  const problems = problemsOf(registry, id)
  if (problems.length > 0 || !manifest) {
    line('fail', `manifest${manifest?.kind === 'form' ? ', definition' : ''} and contract: ${problems.length} problem(s)`)
    problems.forEach((p) => out(`      ${formatProblem(p)}`))
    result.failed.push('manifest')
  } else line('ok', `manifest${manifest.kind === 'form' ? ', definition' : ''} and contract: valid`)

  if (!lint) line('skip', 'lint boundary: skipped')
  else if (lint.errors + lint.warnings === 0) line('ok', `lint boundary: ${lint.files} file(s) clean`)
  else {
    line('fail', `lint boundary: ${lint.errors} error(s), ${lint.warnings} warning(s)`)
    lint.report
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l) => out(`      ${l}`))
    result.failed.push('lint')
  }
  if (!manifest) return result

  const targets = checkTargets(options.rootDir, manifest)
  if (targets.problems.length > 0) {
    line('fail', `targets: ${targets.problems.length} problem(s)`)
    targets.problems.forEach((p) => out(`      ${p}`))
    result.failed.push('targets')
  } else
    line(
      'ok',
      `targets: ${targets.offered.join(', ')}${targets.notOffered.length ? ` (not offered on ${targets.notOffered.join(', ')})` : ''}`,
    )

  const baseline = await baselineOf(options.rootDir, id, options.against)
  const changes = permissionDiff(baseline.facts, manifest)
  const forReview = changes.filter((c) => c.review)
  if (forReview.length > 0) {
    line('review', `permissions vs ${baseline.source}: ${forReview.length} change(s) for review`)
    result.review.push('permissions')
  } else line('ok', `permissions vs ${baseline.source}: nothing new to review`)
  changes.forEach((c) => out(`      ${c.detail}`))

  if (options.skipSize) line('skip', 'size: skipped')
  else if (!isNativeManifest(manifest) || !manifest.targets.includes('weapp')) {
    line('ok', `size: no weapp subpackage (${manifest.kind === 'form' ? 'a form ships no code' : 'not offered on weapp'})`)
  } else {
    const stats = readSubpackage(options.distDir, `mini-apps/${id}`)
    if (!stats) {
      line('fail', `size: the weapp build has no subpackage mini-apps/${id}; rebuild with --build`)
      result.failed.push('size')
    } else {
      const verdict = budgetVerdict(stats, options.budget ?? DEFAULT_SUBPACKAGE_BUDGET)
      const [head, ...rest] = describeVerdict(verdict)
      line(verdict.pass ? 'ok' : 'fail', `size: ${head}`)
      rest.forEach((l) => out(`      ${l}`))
      if (!verdict.pass) result.failed.push('size')
    }
  }
  return result
}

/** `miniapp check [<id>]`: returns the exit code. */
export const runCheck = async (options: CheckOptions): Promise<number> => {
  const { output, rootDir } = options
  const distDir = options.distDir ?? join(rootDir, 'dist', 'weapp')
  const registry = await step(output, 'reading manifests, definitions and contracts', () => readRegistry(rootDir))
  if (options.id !== undefined) requireFolder(registry, options.id)
  const ids = options.id !== undefined ? [options.id] : registry.folders
  const lint = options.skipLint
    ? undefined
    : await step(output, `linting ${ids.length} mini-app folder(s)`, () => lintMiniApps(rootDir, ids))
  const weappIds = options.skipSize
    ? []
    : registry.manifests.filter((m) => ids.includes(m.id) && isNativeManifest(m) && m.targets.includes('weapp')).map((m) => m.id)
  if (weappIds.length > 0 && options.distDir === undefined) await ensureWeappBuild(options, distDir, weappIds)
  else if (weappIds.length > 0 && !existsSync(join(distDir, 'app.json'))) {
    throw usageError(`${distDir} is not a weapp build (it has no app.json)`, 'Leave out --dist to measure dist/weapp, built when needed')
  }
  const failed: string[] = []
  const review: string[] = []
  for (const id of ids) {
    const result = await checkOne({ ...options, distDir }, registry, id, lint?.get(id))
    failed.push(...result.failed.map((f) => `${id}: ${f}`))
    review.push(...result.review.map((r) => `${id}: ${r}`))
  }
  output.out('')
  output.out(
    `check: ${ids.length} mini-app(s), ${failed.length} failed${failed.length ? ` (${failed.join('; ')})` : ''}, ${review.length} for review${review.length ? ` (${review.join('; ')})` : ''}`,
  )
  if (review.length > 0 && !options.failOnReview)
    output.out('  (permission changes pass; --fail-on-review makes them fail, as a release pipeline should)')
  return failed.length > 0 || (options.failOnReview && review.length > 0) ? 1 : 0
}
