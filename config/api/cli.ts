import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Extractor, ExtractorConfig, type ExtractorMessage } from '@microsoft/api-extractor'
import { SHELL_VERSION } from '../../src/sdk/version'
import { judgeChange, refusalMessage, withVersion } from './report'

/**
 * `npm run api:check` (CI) and `npm run api:update`: the SDK's API reports in
 * docs/api/, made by API Extractor over declarations tsc emits into .api/.
 * check: fails on a missing TSDoc (ae-undocumented) or any difference from the
 * committed report, printing the diff; `--base <git-ref>` also refuses a
 * breaking change against that ref's report without a major version move.
 * update: rewrites the reports, refusing a breaking change the same way.
 */
const root = join(__dirname, '..', '..')
const scratch = join(root, '.api')
const ENTRIES = [
  { report: 'sdk', declarations: 'index.d.ts' },
  { report: 'sdk-testing', declarations: 'testing.d.ts' },
]
const committedPath = (report: string) => join(root, 'docs', 'api', `${report}.api.md`)

const emitDeclarations = (): boolean => {
  rmSync(scratch, { recursive: true, force: true })
  const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'config', 'api', 'tsconfig.json')], {
    stdio: 'inherit',
  })
  return tsc.status === 0
}

/** Runs API Extractor on one entry; returns the report with the SDK version, or undefined after printing its errors. */
const extract = (report: string, declarations: string): string | undefined => {
  const configPath = join(root, 'config', 'api', 'api-extractor.json')
  const configObject = ExtractorConfig.loadFile(configPath)
  configObject.mainEntryPointFilePath = `<projectFolder>/.api/dts/src/sdk/${declarations}`
  configObject.apiReport = { ...configObject.apiReport!, reportFileName: report }
  const config = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: configPath,
    packageJsonFullPath: join(root, 'package.json'),
  })
  mkdirSync(join(scratch, 'report'), { recursive: true })
  let errors = 0
  const result = Extractor.invoke(config, {
    localBuild: true,
    messageCallback: (message: ExtractorMessage) => {
      if (message.logLevel === 'error') errors += 1
    },
  })
  if (!result.succeeded && errors + result.errorCount > 0) {
    console.error(`${report}: API Extractor found ${result.errorCount} error(s) (above); every SDK export needs TSDoc.`)
    return undefined
  }
  return withVersion(readFileSync(join(scratch, 'report', `${report}.api.md`), 'utf8'), SHELL_VERSION)
}

const reportAt = (ref: string, report: string): string | undefined => {
  const show = spawnSync('git', ['-C', root, 'show', `${ref}:docs/api/${report}.api.md`], { encoding: 'utf8' })
  return show.status === 0 ? show.stdout : undefined
}

const printDiff = (committed: string, generated: string): void => {
  spawnSync('git', ['--no-pager', 'diff', '--no-index', '--', committed, generated], { stdio: 'inherit' })
}

const main = (): number => {
  const args = process.argv.slice(2)
  const update = args.includes('--update')
  const baseIndex = args.indexOf('--base')
  const base = baseIndex >= 0 ? args[baseIndex + 1] : undefined
  if (!emitDeclarations()) return 1
  let failed = false
  for (const { report, declarations } of ENTRIES) {
    const generated = extract(report, declarations)
    if (generated === undefined) {
      failed = true
      continue
    }
    const committedFile = committedPath(report)
    const committed = existsSync(committedFile) ? readFileSync(committedFile, 'utf8') : undefined
    const earlier = base ? reportAt(base, report) : committed
    const verdict = earlier === undefined ? undefined : judgeChange(earlier, generated, SHELL_VERSION)
    if (verdict?.refused) {
      console.error(refusalMessage(`docs/api/${report}.api.md`, verdict, SHELL_VERSION))
      failed = true
      // A check goes on to print the diff; an update writes nothing.
      if (update) continue
    }
    if (update) {
      mkdirSync(join(root, 'docs', 'api'), { recursive: true })
      if (committed !== generated) writeFileSync(committedFile, generated)
      console.log(`docs/api/${report}.api.md ${committed === generated ? 'unchanged' : 'written'}`)
    } else if (committed !== generated) {
      const generatedFile = join(scratch, `${report}.api.md`)
      writeFileSync(generatedFile, generated)
      console.error(`docs/api/${report}.api.md differs from the SDK's surface${committed === undefined ? ' (missing)' : ''}:`)
      if (committed !== undefined) printDiff(committedFile, generatedFile)
      console.error('Review the change, then run npm run api:update and commit the report with it.')
      failed = true
    } else console.log(`docs/api/${report}.api.md matches the SDK's surface`)
  }
  return failed ? 1 : 0
}

process.exit(main())
