import type { ManifestProblem, ModuleSource } from './types'

const ALLOWED_IMPORT = /^\s*import\s+type\s/
const ANY_IMPORT = /^\s*import\s.*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/

/** Manifests and scenario definitions are read by the build in Node, so they may import types only. */
export const purityProblems = (source: Pick<ModuleSource, 'file' | 'sourceText'>): ManifestProblem[] =>
  source.sourceText.split('\n').flatMap((line) => {
    const match = ANY_IMPORT.exec(line)
    if (!match || ALLOWED_IMPORT.test(line)) return []
    const specifier = match[1] ?? match[2] ?? match[3]
    return [{ file: source.file, field: '(imports)', reason: `must be pure data, but imports ${JSON.stringify(specifier)}; use "import type" only` }]
  })
