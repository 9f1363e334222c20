import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isNativeManifest } from '../../src/sdk/manifest/schema'
import { SHELL_VERSION } from '../../src/sdk/version'
import { CATALOGUE_SEED, generateCatalogue } from '../../mock/catalogue/generate'
import { buildServedIndex, servedIndexModule } from '../../mock/catalogue/served-index'
import { checkContract, contractsModule, contractTypes, findContracts } from './contracts'
import { checkMiniAppFiles, editedOutputs } from './files'
import { bindingFile, bindingModule, generateRegistry, toCatalogueEntry, writeIfChanged } from './generate'
import { loadManifestSources, pageModuleExists } from './load'
import { formatProblem } from './types'
import { validateManifests } from './validate'

/**
 * `npm run registry` checks every mini-app manifest and generates what Taro
 * needs; `--check` only checks. `--root DIR` points at another checkout (tests).
 * Any problem stops the build with a non-zero exit.
 */
const main = async (): Promise<number> => {
  const args = process.argv.slice(2)
  const rootArg = args.indexOf('--root')
  const rootDir = resolve(rootArg >= 0 ? args[rootArg + 1] : join(__dirname, '..', '..'))
  const miniAppsDir = join(rootDir, 'mini-apps')
  const sources = await loadManifestSources(rootDir, miniAppsDir)
  const { manifests, scenarios, problems } = validateManifests(sources, {
    shellVersion: SHELL_VERSION,
    pageExists: pageModuleExists(miniAppsDir),
  })
  const contracts = findContracts(rootDir, manifests.map((m) => m.id))
  problems.push(...contracts.flatMap(checkContract))
  const checkOnly = args.includes('--check')
  // REGISTRY_ONLY=<id> (set by `npm run miniapp -- preview <id>`): every manifest is still checked, but the app is
  // generated with that mini-app alone. Any run without it (every npm script) generates the full registry again.
  const only = process.env.REGISTRY_ONLY || undefined
  if (only && !manifests.some((m) => m.id === only)) {
    problems.push({ file: `mini-apps/${only}/manifest.ts`, field: '(REGISTRY_ONLY)', reason: `names "${only}", which is not a valid mini-app of this registry` })
  }
  const built = only ? manifests.filter((m) => m.id === only) : manifests
  const builtScenarios = only ? Object.fromEntries(Object.entries(scenarios).filter(([id]) => id === only)) : scenarios
  // What this run writes under mini-apps/<id>/generated/; whatever else the registry comes to write there belongs here too.
  const writesInMiniApps = new Set([
    ...manifests.filter(isNativeManifest).map((m) => bindingFile(m.id)),
    ...contracts.map((c) => c.typesFile).filter((file) => file.startsWith('mini-apps/')),
  ])
  const files = checkMiniAppFiles(rootDir, writesInMiniApps)
  problems.push(...files.problems)
  if (checkOnly) {
    problems.push(
      ...files.stale.map((file) => ({ file, field: '(file)', reason: 'is stale output of an earlier registry run: run npm run registry' })),
    )
    const outputs = new Map(manifests.filter(isNativeManifest).map((m) => [bindingFile(m.id), bindingModule(m, rootDir)]))
    for (const contract of contracts.filter((c) => c.typesFile.startsWith('mini-apps/')))
      outputs.set(contract.typesFile, await contractTypes(rootDir, contract))
    problems.push(...editedOutputs(rootDir, outputs))
  }
  if (problems.length > 0) {
    console.error(`Mini-app manifests, contracts and files have ${problems.length} problem(s); the build stops here:`)
    problems.forEach((p) => console.error(`  ${formatProblem(p)}`))
    return 1
  }
  if (!checkOnly) {
    files.stale.forEach((file) => rmSync(join(rootDir, file)))
    generateRegistry(built, {
      rootDir,
      miniAppsDir,
      shimDir: join(rootDir, 'src', 'mini-apps'),
      generatedDir: join(rootDir, 'src', 'generated'),
      mockGeneratedDir: join(rootDir, 'mock', 'generated'),
    }, builtScenarios)
    for (const contract of contracts) writeIfChanged(join(rootDir, contract.typesFile), await contractTypes(rootDir, contract))
    writeIfChanged(join(rootDir, 'mock', 'generated', 'contracts.ts'), contractsModule(contracts))
    // The served catalogue: 3,050 services with the natives merged in, pinyin computed here so no dictionary ships.
    const index = buildServedIndex(generateCatalogue({ seed: CATALOGUE_SEED, natives: built.map(toCatalogueEntry) }))
    writeIfChanged(join(rootDir, 'mock', 'generated', 'catalogue-index.ts'), servedIndexModule(index, CATALOGUE_SEED))
  }
  if (only && !checkOnly) console.log(`Mini-app registry: generated with ${only} only (REGISTRY_ONLY); any run without it generates them all`)
  console.log(`Mini-app registry: ${manifests.length} mini-app(s) valid: ${manifests.map((m) => m.id).join(', ')}; ${Object.keys(scenarios).length} form scenario(s); ${contracts.length} API contract(s)`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
