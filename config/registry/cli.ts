import { join, resolve } from 'node:path'
import { SHELL_VERSION } from '../../src/sdk/version'
import { CATALOGUE_SEED, generateCatalogue } from '../../mock/catalogue/generate'
import { buildServedIndex, servedIndexModule } from '../../mock/catalogue/served-index'
import { checkContract, contractsModule, contractTypes, findContracts } from './contracts'
import { generateRegistry, toCatalogueEntry, writeIfChanged } from './generate'
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
  if (problems.length > 0) {
    console.error(`Mini-app manifests and contracts have ${problems.length} problem(s); the build stops here:`)
    problems.forEach((p) => console.error(`  ${formatProblem(p)}`))
    return 1
  }
  if (!args.includes('--check')) {
    generateRegistry(manifests, {
      rootDir,
      miniAppsDir,
      shimDir: join(rootDir, 'src', 'mini-apps'),
      generatedDir: join(rootDir, 'src', 'generated'),
      mockGeneratedDir: join(rootDir, 'mock', 'generated'),
    }, scenarios)
    for (const contract of contracts) writeIfChanged(join(rootDir, contract.typesFile), await contractTypes(rootDir, contract))
    writeIfChanged(join(rootDir, 'mock', 'generated', 'contracts.ts'), contractsModule(contracts))
    // The served catalogue: 3,050 services with the natives merged in, pinyin computed here so no dictionary ships.
    const index = buildServedIndex(generateCatalogue({ seed: CATALOGUE_SEED, natives: manifests.map(toCatalogueEntry) }))
    writeIfChanged(join(rootDir, 'mock', 'generated', 'catalogue-index.ts'), servedIndexModule(index, CATALOGUE_SEED))
  }
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
