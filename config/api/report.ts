import semver from 'semver'

// The report records the SDK version it was made at, so a later change can be judged against it.
const VERSION_PATTERN = /^<!-- SDK version (\S+):/m
const versionLine = (version: string): string =>
  `<!-- SDK version ${version}: an export removed or changed below needs the major version to move (src/sdk/version.ts) -->`

/** API Extractor's report with the SDK version put under its title. */
export const withVersion = (report: string, version: string): string => {
  const [title, ...rest] = report.split('\n')
  return [title, '', versionLine(version), ...rest].join('\n')
}

export const recordedVersion = (report: string): string | undefined => VERSION_PATTERN.exec(report)?.[1]

/** The declaration lines of a report: its title, notes, comments and blank lines say nothing about the surface. */
const apiLines = (report: string): string[] =>
  report
    .split('\n')
    .map((line) => line.trim())
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
  /** The version the earlier report was made at. */
  recorded?: string
  /** A breaking change without the major version moving past the recorded one. */
  refused: boolean
}

export const judgeChange = (before: string, after: string, current: string): BreakingVerdict => {
  const removed = removedLines(before, after)
  const recorded = recordedVersion(before)
  const majorMoved = recorded !== undefined && semver.valid(recorded) !== null && semver.major(current) > semver.major(recorded)
  return { removed, recorded, refused: removed.length > 0 && !majorMoved }
}

export const refusalMessage = (file: string, verdict: BreakingVerdict, current: string): string =>
  [
    `${file}: breaking change to the SDK at version ${current} (the report was made at ${verdict.recorded ?? 'no recorded version'}):`,
    ...verdict.removed.slice(0, 20).map((line) => `  - ${line}`),
    ...(verdict.removed.length > 20 ? [`  … and ${verdict.removed.length - 20} more`] : []),
    'Keep the export compatible, or move the major version in src/sdk/version.ts and run npm run api:update.',
  ].join('\n')
