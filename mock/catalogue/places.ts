import type { Localized } from '../../src/sdk/manifest/catalogue'
import { PROVINCE_CODE, cities, regionByCode } from '../../src/shell/regions'
import type { Random } from './random'
import { BUREAUS, type BureauKey } from './vocabulary'

/** Residents per city in millions (2020 census), so Shenyang and Dalian carry more services and more use. */
export const CITY_POPULATION: Record<string, number> = {
  '210100': 9.07,
  '210200': 7.45,
  '210300': 3.33,
  '210400': 1.85,
  '210500': 1.33,
  '210600': 2.19,
  '210700': 2.7,
  '210800': 2.33,
  '210900': 1.65,
  '211000': 1.6,
  '211100': 1.39,
  '211200': 2.39,
  '211300': 2.87,
  '211400': 2.43,
}

export const CITY_CODES = cities.map((c) => c.code)

/** Cities in a random order that favours the populous ones (Efraimidis–Spirakis weighted shuffle). */
export const citiesByChance = (random: Random): string[] =>
  CITY_CODES.map((code) => ({ code, key: Math.pow(random.next(), 1 / CITY_POPULATION[code]) }))
    .sort((a, b) => b.key - a.key)
    .map((c) => c.code)

export const districtsOf = (city: string): string[] => cities.find((c) => c.code === city)?.districts.map((d) => d.code) ?? []

/** The department of a kind serving a region: 辽宁省…厅, 大连市…局 or 大连市中山区…局. */
export const departmentName = (bureau: BureauKey, region: string): Localized => {
  const found = regionByCode(region)
  const level = region === PROVINCE_CODE || !found ? 0 : found.level === 'city' ? 1 : 2
  const city = level === 1 ? found : level === 2 ? regionByCode(found?.parent ?? '') : undefined
  const district = level === 2 ? found : undefined
  const fill = (template: string) =>
    template
      .replace('{cs}', city?.name['zh-CN'].replace(/市$/, '') ?? '')
      .replace('{c}', city?.name['zh-CN'] ?? '')
      .replace('{d}', district?.name['zh-CN'] ?? '')
      .replace('{C}', city?.name.en ?? '')
      .replace('{D}', district?.name.en ?? '')
  return { 'zh-CN': fill(BUREAUS[bureau].zh[level]), en: fill(BUREAUS[bureau].en[level]) }
}

/** The city whose residents use a service offered at `region` (undefined for province-wide). */
export const cityOfRegion = (region: string): string | undefined => {
  const found = regionByCode(region)
  if (!found || found.level === 'province') return undefined
  return found.level === 'city' ? found.code : found.parent
}

/** A lower-case path segment for a region in URLs: `ln`, `dalian`. */
export const regionSlug = (region: string): string => {
  const city = cityOfRegion(region)
  return city ? (regionByCode(city)?.name.en.toLowerCase() ?? 'ln') : 'ln'
}
