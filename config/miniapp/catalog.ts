import { createHash } from 'node:crypto'
import { SHELL_VERSION } from '../../src/sdk/version'
import type { ValidManifest } from '../../src/sdk/manifest/schema'
import type { Scenario } from '../../src/sdk/scenario'
import { formatProblem } from '../registry/types'
import { CliError } from './errors'
import type { Registry } from './registry'

/** What a registry service serves: every manifest with its definition, and a hash that changes with any of them. */
export interface CatalogDocument {
  format: 1
  /** The shell version these manifests were checked against. */
  shell: string
  /** sha256 over the mini-apps, in id order: the same registry always gives the same version. */
  version: string
  miniApps: { manifest: ValidManifest; definition: Scenario | null }[]
}

/** Keys sorted at every level, so the hash does not depend on how a manifest orders its fields. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value)

/** The catalogue of a registry with no problems; a registry with any is refused, never half-exported. */
export const catalogOf = (registry: Registry): CatalogDocument => {
  if (registry.problems.length > 0) {
    throw new CliError(
      `the registry has ${registry.problems.length} problem(s); nothing is exported:\n  ${registry.problems.map(formatProblem).join('\n  ')}`,
    )
  }
  const miniApps = [...registry.manifests]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((manifest) => ({ manifest, definition: registry.scenarios[manifest.id] ?? null }))
  const version = `sha256:${createHash('sha256').update(canonical(miniApps)).digest('hex')}`
  return { format: 1, shell: SHELL_VERSION, version, miniApps }
}
