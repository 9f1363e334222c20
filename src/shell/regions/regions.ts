import type { Localized } from '../../sdk/manifest/catalogue'
import { CITY_ROWS, PROVINCE } from './data'

/** GB/T 2260 administrative levels the catalogue uses. */
export type RegionLevel = 'province' | 'city' | 'district'

/** A province, city or county-level division (district, county or county-level city). */
export interface Region {
  /** GB/T 2260 code, six digits. */
  code: string
  name: Localized
  level: RegionLevel
  /** The code of the division it belongs to; absent for the province. */
  parent?: string
}

export interface City extends Region {
  level: 'city'
  districts: readonly Region[]
}

/** Liaoning's code: a service offered here is offered in every city. */
export const PROVINCE_CODE = PROVINCE[0]

// Longest first, so 满族自治县 wins over 县 and 新区 over 区.
const DIVISION_TYPES: [suffix: string, en: string][] = [
  ['满族自治县', 'Manchu Autonomous County'],
  ['蒙古族自治县', 'Mongol Autonomous County'],
  ['新区', 'New District'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
]
const englishName = (zh: string, pinyin: string): string => `${pinyin} ${DIVISION_TYPES.find(([suffix]) => zh.endsWith(suffix))?.[1] ?? ''}`.trim()

const toCity = ([code, zh, en, districts]: (typeof CITY_ROWS)[number]): City => ({
  code,
  name: { 'zh-CN': zh, en },
  level: 'city',
  parent: PROVINCE_CODE,
  districts: districts.split('|').map((row) => {
    const [suffix, districtZh, ...pinyin] = row.split(' ')
    return { code: code.slice(0, 4) + suffix, name: { 'zh-CN': districtZh, en: englishName(districtZh, pinyin.join(' ')) }, level: 'district', parent: code }
  }),
})

export const province: Region = { code: PROVINCE_CODE, name: { 'zh-CN': PROVINCE[1], en: PROVINCE[2] }, level: 'province' }

/** The 14 prefecture-level cities in GB/T 2260 order, each with its districts and counties. */
export const cities: readonly City[] = CITY_ROWS.map(toCity)

const byCode = new Map<string, Region>([[province.code, province], ...cities.flatMap((c) => [[c.code, c] as const, ...c.districts.map((d) => [d.code, d] as const)])])

/** The division with this code, or undefined when Liaoning has none. */
export const regionByCode = (code: string): Region | undefined => byCode.get(code)

/** The city a city or district code lies in (itself for a city); undefined for the province or an unknown code. */
export const cityOf = (code: string): string | undefined => {
  const region = byCode.get(code)
  if (!region || region.level === 'province') return undefined
  return region.level === 'city' ? region.code : region.parent
}

/** A division's name in the resident's language; the code itself when unknown. */
export const regionName = (code: string, locale: keyof Localized): string => byCode.get(code)?.name[locale] ?? code

/**
 * Whether a service offered in `serviceRegions` is offered to a resident of
 * `residentCity` (and, if known, `residentDistrict`):
 * - a province-wide service (210000) is offered in every city;
 * - a city-level service only in its city;
 * - a district-level service is listed for its whole city while the resident
 *   has chosen only a city, and only in its district once they chose one.
 * A `residentDistrict` outside `residentCity` is ignored.
 */
export const isOfferedIn = (serviceRegions: readonly string[], residentCity: string, residentDistrict?: string): boolean => {
  const district = residentDistrict !== undefined && cityOf(residentDistrict) === residentCity && residentDistrict !== residentCity ? residentDistrict : undefined
  return serviceRegions.some((code) => {
    if (code === PROVINCE_CODE || code === residentCity) return true
    const region = byCode.get(code)
    if (region?.level !== 'district' || region.parent !== residentCity) return false
    return district === undefined || district === code
  })
}
