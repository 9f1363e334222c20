// What may live under mini-apps/. The lint (eslint.config.mjs) and the registry
// (config/registry/files.ts) both read this, so they refuse the same files for
// the same reason. Plain JavaScript, because ESLint loads its config without a
// TypeScript loader; mini-app-files.d.mts types it for the registry.
import { basename, extname } from 'node:path'

/** Code: TypeScript only, so the compiler and the lint see every line. */
export const CODE_EXTENSIONS = ['.ts', '.tsx']
/** JavaScript would escape the type check; it is refused by name. */
export const JAVASCRIPT_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs']
/** Styles, the API contract, data, notes and images: nothing the runtime executes. */
export const ASSET_EXTENSIONS = ['.scss', '.css', '.yaml', '.yml', '.json', '.md', '.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp']
/** Names editors and git leave behind; they carry no code. */
export const IGNORED_NAMES = ['.DS_Store', '.gitkeep']

export const SYMLINK_REASON =
  'is a symbolic link; links are refused under mini-apps/ because they would bring in files from outside the mini-app unchecked'

/** Why a file of this name may not live under mini-apps/, or undefined when it may. */
export const fileTypeProblem = (path) => {
  const name = basename(path)
  if (IGNORED_NAMES.includes(name)) return undefined
  const ext = extname(name).toLowerCase()
  if (JAVASCRIPT_EXTENSIONS.includes(ext)) {
    return `is JavaScript (${ext}); mini-apps are written in TypeScript (.ts, .tsx) so that types and lint check every line`
  }
  if (CODE_EXTENSIONS.includes(ext) || ASSET_EXTENSIONS.includes(ext)) return undefined
  const allowed = [...CODE_EXTENSIONS, ...ASSET_EXTENSIONS].join(', ')
  return `${ext ? `has the extension ${ext}` : 'has no extension'}, which a mini-app may not ship; allowed: ${allowed}`
}
