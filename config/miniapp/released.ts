import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import semver from 'semver'
import type { ValidManifest } from '../../src/sdk/manifest/schema'
import { CliError, usageError } from './errors'
import type { PermissionFacts } from './permissions'

/**
 * The last released manifest, which `check` diffs permissions against:
 *
 * - by default `mini-apps/<id>/released.json`, the snapshot `miniapp release <id>`
 *   writes and the department commits with the release: it travels with the
 *   code, is reviewed in the same merge request, and needs no tags or history;
 * - with `--against <ref>`, the manifest at that git ref (a release tag, `main`),
 *   for a review of a branch against what is live.
 *
 * Neither found: the mini-app was never released, and all it asks is new.
 */
export const RELEASED_FILE = 'released.json'

export interface ReleaseRecord {
  releasedAt: string
  manifest: ValidManifest
}

export interface Baseline {
  /** Where it came from, for the report. */
  source: string
  facts?: PermissionFacts
}

export const releasedPath = (rootDir: string, id: string): string => join(rootDir, 'mini-apps', id, RELEASED_FILE)

export const readReleased = (rootDir: string, id: string): ReleaseRecord | undefined => {
  const file = releasedPath(rootDir, id)
  if (!existsSync(file)) return undefined
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as ReleaseRecord
    if (!record?.manifest?.version || !Array.isArray(record.manifest.permissions))
      throw new Error('it has no manifest with a version and permissions')
    return record
  } catch (e: unknown) {
    throw new CliError(
      `mini-apps/${id}/${RELEASED_FILE} cannot be read: ${e instanceof Error ? e.message : String(e)}`,
      1,
      `Write it again with: npm run miniapp -- release ${id}`,
    )
  }
}

/** The manifest at a git ref, imported from a scratch copy (a manifest imports types only, so it stands alone). */
const manifestAtRef = async (rootDir: string, id: string, ref: string): Promise<PermissionFacts | undefined> => {
  if (!/^[\w./@^~-]+$/.test(ref)) throw usageError(`"${ref}" is not a git ref`)
  const known = spawnSync('git', ['-C', rootDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8' })
  if (known.status !== 0) throw usageError(`git does not know the ref "${ref}"`, 'Give a branch, a tag or a commit: e.g. --against main')
  const shown = spawnSync('git', ['-C', rootDir, 'show', `${ref}:mini-apps/${id}/manifest.ts`], { encoding: 'utf8' })
  if (shown.status !== 0) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'miniapp-released-'))
  try {
    const file = join(dir, 'manifest.ts')
    writeFileSync(file, shown.stdout)
    const mod = (await import(pathToFileURL(file).href)) as { manifest?: PermissionFacts }
    if (!mod.manifest) throw new CliError(`mini-apps/${id}/manifest.ts at ${ref} exports no manifest`)
    return mod.manifest
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const baselineOf = async (rootDir: string, id: string, against?: string): Promise<Baseline> => {
  if (against !== undefined) {
    const facts = await manifestAtRef(rootDir, id, against)
    return { source: facts ? `the manifest at ${against}` : `${against} (not there yet: first release)`, facts }
  }
  const record = readReleased(rootDir, id)
  return record
    ? { source: `${RELEASED_FILE} (${record.manifest.version}, released ${record.releasedAt})`, facts: record.manifest }
    : { source: `no ${RELEASED_FILE} (never released)` }
}

/** `miniapp release <id>`: the snapshot of a reviewed manifest; its version must move past the last one. */
export const writeRelease = async (rootDir: string, manifest: ValidManifest, today = new Date()): Promise<ReleaseRecord> => {
  const previous = readReleased(rootDir, manifest.id)
  if (previous && !semver.gt(manifest.version, previous.manifest.version)) {
    throw usageError(
      `${manifest.id} ${manifest.version} is not newer than its last release, ${previous.manifest.version}`,
      'Raise version in its manifest.ts first',
    )
  }
  const record: ReleaseRecord = { releasedAt: today.toISOString().slice(0, 10), manifest }
  const file = releasedPath(rootDir, manifest.id)
  const { format, resolveConfig } = await import('prettier')
  // Formatted as the repository formats JSON, so format:check passes on the committed snapshot.
  writeFileSync(file, await format(JSON.stringify(record), { ...(await resolveConfig(file)), filepath: file }))
  return record
}
