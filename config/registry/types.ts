/** A module read by the build: its export, its text (to check it is pure data), or why it failed to load. */
export interface ModuleSource {
  /** Path relative to the repository root, for messages. */
  file: string
  exported: unknown
  sourceText: string
  loadError?: string
}

/** A manifest module found on disk, before validation. */
export interface ManifestSource {
  /** Folder name under `mini-apps/`, which must equal the manifest's id. */
  folder: string
  /** Path of the manifest file relative to the repository root, for messages. */
  file: string
  /** The module's `manifest` export, or undefined when it has none. */
  exported: unknown
  /** The module's source text, to check that it stays pure data. */
  sourceText: string
  /** Set when the module could not be loaded at all. */
  loadError?: string
  /** `mini-apps/<id>/scenario.ts` (its `scenario` export), when the folder has one. */
  scenario?: ModuleSource
}

/** One reason a manifest was refused: which file, which field, and why. */
export interface ManifestProblem {
  file: string
  field: string
  reason: string
}

export const formatProblem = (p: ManifestProblem): string => `${p.file}: ${p.field}: ${p.reason}`
