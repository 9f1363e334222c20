import { join } from 'node:path'
import { writeBareApp } from './bare-app'
import { writeBareBaseline, BASELINE_PATH } from './bare-baseline'
import { measureFirstLoad } from './first-load'
import { buildWeapp } from './measure'
import { kib } from './report'
import { taroBuild } from './taro-build'
import { keepOutput, makeScratchDir, removeScratchDir } from './workspace'

/**
 * `npm run bench:baseline`: builds only the bare app (weapp and H5, in a
 * scratch dir) and rewrites config/bench/bare-baseline.json, the figures the
 * CI size gates divide by. Run it after changing Taro, React, RTK, webpack or
 * the browser targets; `npm run bench` rewrites it too.
 */
const repoRoot = join(__dirname, '..', '..')

const main = async (scratch: string): Promise<void> => {
  const bareDir = join(scratch, 'bare')
  writeBareApp(bareDir, repoRoot)
  const weapp = buildWeapp(bareDir)
  taroBuild(bareDir, 'h5')
  const firstLoad = await measureFirstLoad(keepOutput(bareDir, 'h5', join(scratch, 'bare-h5')))
  writeBareBaseline(repoRoot, { weappMainBytes: weapp.mainBytes, h5FirstLoadGzipBytes: firstLoad.gzipBytes, h5FirstLoadScripts: firstLoad.scripts }, new Date().toISOString())
  console.log(`bare app: weapp main package ${kib(weapp.mainBytes)}, H5 first-load JS ${kib(firstLoad.gzipBytes)} gzip; written to ${BASELINE_PATH}`)
}

const scratch = makeScratchDir()
main(scratch).then(
  () => removeScratchDir(scratch),
  (e: unknown) => {
    console.error(`bench:baseline failed: ${e instanceof Error ? e.message : String(e)}`)
    removeScratchDir(scratch)
    process.exit(1)
  },
)
