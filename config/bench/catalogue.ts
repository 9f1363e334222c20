import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { CatalogueBenchFigures } from './search-bench'

/**
 * Runs the catalogue bench (config/bench/search-bench.ts) inside the
 * workspace copy, whose registry has generated the served catalogue, in a
 * process of its own so the timings see a fresh heap like a device would.
 */
export const measureCatalogue = (cwd: string): CatalogueBenchFigures => {
  const run = spawnSync(process.execPath, [join(cwd, 'node_modules', '.bin', 'tsx'), 'config/bench/search-bench.ts'], { cwd, encoding: 'utf8' })
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}\n${run.stderr}\n`)
    throw new Error(`the catalogue bench failed in ${cwd} (exit ${run.status})`)
  }
  return JSON.parse(run.stdout) as CatalogueBenchFigures
}
