import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { SourceMapConsumer } from 'source-map-js'

export type Symbolicate = (text: string) => string

const FRAME = /([^\s()]*\.bundle):(\d+):(\d+)/g

/**
 * Rewrites `index.android.bundle:LINE:COL` in messages and stacks to the
 * source file, line and name Metro's source map gives, so a failure names
 * `src/shell/identity/token-vault.ts:20`, not column 47 of a minified line.
 */
export const symbolicator = (mapPath: string, root: string): Symbolicate => {
  if (!existsSync(mapPath)) return (text) => text
  const map = new SourceMapConsumer(JSON.parse(readFileSync(mapPath, 'utf8')))
  return (text) =>
    text.replace(FRAME, (whole, _file: string, line: string, column: string) => {
      const found = map.originalPositionFor({ line: Number(line), column: Number(column) })
      if (!found.source) return whole
      return `${relative(root, found.source)}:${found.line}:${found.column}${found.name ? ` (${found.name})` : ''}`
    })
}

/**
 * The frames worth reading from a symbolicated stack: the bundle's only (not
 * this check's or Node's), the app's own sources if any, at most `limit`.
 */
export const readableStack = (stack: string, limit = 5): string => {
  const frames = stack.split('\n').filter((line) => /^\s*at /.test(line) && !line.includes('test/rn/') && !line.includes('node:'))
  const own = frames.filter((line) => !line.includes('node_modules/'))
  return (own.length > 0 ? own : frames).slice(0, limit).map((line) => line.trim()).join('\n')
}
