import semver from 'semver'

// The report records the SDK version it was made at, so a later change can be judged against it.
const VERSION_PATTERN = /^<!-- SDK version (\S+):/m
const versionLine = (version: string): string =>
  `<!-- SDK version ${version}: an export removed or changed below needs the major version to move, an export added the minor (src/sdk/version.ts) -->`

/** API Extractor's report with the SDK version put under its title. */
export const withVersion = (report: string, version: string): string => {
  const [title, ...rest] = report.split('\n')
  return [title, '', versionLine(version), ...rest].join('\n')
}

export const recordedVersion = (report: string): string | undefined => VERSION_PATTERN.exec(report)?.[1]

/** The version constant's value moves with every release; its declaration, not its value, is the surface. */
const VERSION_CONSTANT = /^(export (?:declare )?const SHELL_VERSION)\b.*$/

/** The declaration lines of a report: its title, notes, comments and blank lines say nothing about the surface. */
const apiLines = (report: string): string[] =>
  report
    .split('\n')
    .map((line) => line.trim().replace(VERSION_CONSTANT, '$1'))
    .filter((line) => line !== '' && !/^(#|>|<!--|```|\/\/)/.test(line))

/**
 * Lines of the old report that the new one lacks (counted, as `}` repeats): an
 * export removed, or a declaration whose text changed. Only added lines means
 * the surface grew, which old mini-apps survive. Conservative by design: a
 * change that is in fact compatible (a parameter made optional) also counts,
 * and the reviewer bumps the major or reverts.
 */
export const removedLines = (before: string, after: string): string[] => {
  const left = new Map<string, number>()
  for (const line of apiLines(after)) left.set(line, (left.get(line) ?? 0) + 1)
  return apiLines(before).filter((line) => {
    const count = left.get(line) ?? 0
    if (count > 0) left.set(line, count - 1)
    return count === 0
  })
}

export interface BreakingVerdict {
  removed: string[]
  /** Declarations the new report adds: the surface grew. */
  added: string[]
  /** The version the earlier report was made at. */
  recorded?: string
  /** A breaking change without the major version moving, or growth without the version moving at all. */
  refused: boolean
}

/**
 * Semantic versioning of the SDK: a removed or changed export needs the major
 * version to move past the recorded one; a new export needs at least the
 * minor (a mini-app that uses it declares the version it needs in its
 * manifest's `shell` range, which an older shell must then refuse).
 */
export const judgeChange = (before: string, after: string, current: string): BreakingVerdict => {
  const removed = removedLines(before, after)
  const added = removedLines(after, before)
  const recorded = recordedVersion(before)
  const known = recorded !== undefined && semver.valid(recorded) !== null
  const majorMoved = known && semver.major(current) > semver.major(recorded)
  const moved = known && semver.gt(current, recorded)
  return { removed, added, recorded, refused: (removed.length > 0 && !majorMoved) || (added.length > 0 && !moved) }
}

const listed = (lines: string[], sign: string): string[] => [
  ...lines.slice(0, 20).map((line) => `  ${sign} ${line}`),
  ...(lines.length > 20 ? [`  … and ${lines.length - 20} more`] : []),
]

export const refusalMessage = (file: string, verdict: BreakingVerdict, current: string): string => {
  const at = `at version ${current} (the report was made at ${verdict.recorded ?? 'no recorded version'})`
  if (verdict.removed.length > 0)
    return [
      `${file}: breaking change to the SDK ${at}:`,
      ...listed(verdict.removed, '-'),
      'Keep the export compatible, or move the major version in src/sdk/version.ts and run npm run api:update.',
    ].join('\n')
  return [
    `${file}: the SDK's surface grew ${at}:`,
    ...listed(verdict.added, '+'),
    'Move the minor version in src/sdk/version.ts (mini-apps that use the new exports need it in their manifest\'s shell range), then run npm run api:update.',
  ].join('\n')
}
