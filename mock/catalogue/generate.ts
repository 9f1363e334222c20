import type { CatalogueEntry } from '../../src/sdk/manifest/catalogue'
import { PROVINCE_CODE } from '../../src/shell/regions'
import { allocate } from './allocate'
import { departmentName } from './places'
import { seededRandom } from './random'
import { baseUse, detailsOf, popularityIn, sendSomeOffList } from './service-details'
import { buildTree, type Matter } from './tree'
import type { GeneratedCatalogue, GeneratedDepartment, GeneratedService } from './types'

/** Liaoshitong's scale: about 3,050 service scenarios in 942 categories. */
export const SERVICE_TOTAL = 3050
export const CATEGORY_TOTAL = 942
/** The seed the mock backend serves; tests may pass others. */
export const CATALOGUE_SEED = 'liaoning-2026'
const OFF_LIST_WEBVIEWS = 8
/** Natives are the flagship scenarios: Home lists them first. */
const NATIVE_MONTHLY_USE = 30_000

export interface GenerateOptions {
  seed?: string
  /** The native mini-apps, from the manifests (mock/generated/catalogue.ts). */
  natives: readonly CatalogueEntry[]
  services?: number
  categories?: number
}

/** Departments by id, in the order first met, so positions are stable for a seed. */
const departmentBook = () => {
  const list: GeneratedDepartment[] = []
  const at = new Map<string, number>()
  const byName = new Map<string, number>()
  const add = (department: GeneratedDepartment): number => {
    const known = at.get(department.id) ?? byName.get(department.name['zh-CN'])
    if (known !== undefined) return known
    list.push(department)
    at.set(department.id, list.length - 1)
    byName.set(department.name['zh-CN'], list.length - 1)
    return list.length - 1
  }
  return { list, add }
}

/** The theme's first matter is where a native mini-app of the theme's manifest category lives. */
const homeOf = (native: CatalogueEntry, matters: readonly Matter[]): number =>
  (matters.find((m) => m.theme.category === native.category) ?? matters[0]).category

/**
 * The whole catalogue for a seed: the category tree, the departments and
 * every service, the natives (from their manifests, ids and entries kept)
 * first. Deterministic: the same seed and natives give the same result.
 */
export const generateCatalogue = ({ seed = CATALOGUE_SEED, natives, services: total = SERVICE_TOTAL, categories: categoryTotal = CATEGORY_TOTAL }: GenerateOptions): GeneratedCatalogue => {
  const random = seededRandom(seed)
  const reserved = new Set(natives.map((n) => n.name['zh-CN']))
  const { categories, matters } = buildTree(random.fork('tree'), categoryTotal, reserved)
  const placements = allocate(random.fork('allocate'), matters, total - natives.length)
  const departments = departmentBook()
  const popularity = random.fork('popularity')
  const details = random.fork('details')

  const nativeServices: GeneratedService[] = natives.map((entry) => ({
    id: entry.id,
    name: entry.name,
    category: homeOf(entry, matters),
    department: departments.add({ id: `native.${entry.id}`, name: entry.department, region: entry.regions[0] ?? PROVINCE_CODE }),
    regions: [...entry.regions],
    popularity: popularityIn(popularity, entry.regions, NATIVE_MONTHLY_USE),
    // A registered form scenario is served (GET /api/scenarios/:id), so it is the one kind of form that is available.
    ...(entry.kind === 'form'
      ? { kind: 'form' as const, form: { scenarioId: entry.id, status: 'available' as const } }
      : { kind: 'native' as const, native: { entry: entry.entry, level: entry.level, targets: [...entry.targets] } }),
  }))

  const matterUse = new Map(matters.map((m) => [m.category, baseUse(popularity, m)]))
  const generated = placements.map((placement, n): GeneratedService => {
    const id = `s${String(n + 1).padStart(4, '0')}`
    const bureau = placement.matter.subject[3]
    return {
      id,
      name: placement.matter.name,
      category: placement.matter.category,
      department: departments.add({ id: `${bureau}@${placement.office}`, name: departmentName(bureau, placement.office), region: placement.office }),
      regions: placement.regions,
      popularity: popularityIn(popularity, placement.regions, matterUse.get(placement.matter.category) ?? 1),
      ...detailsOf(details, placement, id, categories[placement.matter.category].id),
    }
  })
  sendSomeOffList(random.fork('off-list'), generated, OFF_LIST_WEBVIEWS)
  return { seed, categories, departments: departments.list, services: [...nativeServices, ...generated] }
}
