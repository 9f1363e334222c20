import type { Localized } from '../../src/sdk/manifest/catalogue'
import type { GuideMaterial, ServiceGuide, ServiceHall } from '../../src/shell/catalogue/index-types'
import { PROVINCE_CODE, regionByCode } from '../../src/shell/regions'
import { feeFor } from './fees'
import { cityOfRegion, districtsOf } from './places'
import { seededRandom, type Random } from './random'
import { THEMES } from './vocabulary'
import { AREA_CODES, MATERIALS, STREETS } from './vocabulary/materials'

/** What a guide is generated from: the service as the index knows it. */
export interface GuideSource {
  id: string
  name: Localized
  department: Localized
  /** Region of the department's office that handles it. */
  office: string
  /** Id of the service's leaf category; its first segment is the theme. */
  categoryId: string
}

const BUSINESS_THEMES = new Set(['enterprise', 'safety', 'trading', 'resources'])
const BUSINESS_MATTER = /企业|单位|许可|资质|经营|备案|登记证/
const SHENYANG = '210100'
const HEPING = '210102' // Liaoning's provincial service centre stands in Shenyang.

const scopeOf = (office: string): Localized => {
  if (office === PROVINCE_CODE) return { 'zh-CN': '本省', en: 'Liaoning' }
  const region = regionByCode(office)
  const city = regionByCode(cityOfRegion(office) ?? '')
  if (region?.level === 'district') return { 'zh-CN': region.name['zh-CN'], en: `${region.name.en}, ${city?.name.en ?? ''}` }
  return { 'zh-CN': region?.name['zh-CN'] ?? '本市', en: region?.name.en ?? 'the city' }
}

const applicantsOf = (forBusiness: boolean, scope: Localized): Localized =>
  forBusiness
    ? { 'zh-CN': `在${scope['zh-CN']}依法登记的企业、个体工商户和其他组织`, en: `Companies, sole traders and other organisations registered in ${scope.en}` }
    : {
        'zh-CN': `${scope['zh-CN']}户籍居民或持有${scope['zh-CN']}居住证的居民，本人或委托代理人办理`,
        en: `Residents registered in ${scope.en} or holding a residence permit there, in person or through an authorised agent`,
      }

const material = (name: string, copies = 1): GuideMaterial => {
  const known = MATERIALS[name]
  return {
    name: { 'zh-CN': name, en: known?.en ?? name },
    copies,
    form: known?.form ?? 'original',
    ...(known?.note ? { note: { 'zh-CN': known.note[0], en: known.note[1] } } : {}),
  }
}

const materialsOf = (random: Random, source: GuideSource, forBusiness: boolean, typical: readonly string[]): GuideMaterial[] => {
  const proof = forBusiness ? '营业执照' : '居民身份证'
  const form: GuideMaterial = { name: { 'zh-CN': `${source.name['zh-CN']}申请表`, en: `Application form: ${source.name.en}` }, copies: 1, form: 'original' }
  const extra = random.shuffle(typical.filter((m) => m !== proof)).slice(0, 1 + random.int(3))
  return [material(proof), form, ...extra.map((m) => material(m, random.chance(0.2) ? 2 : 1))]
}

const hallAt = (random: Random, office: string): ServiceHall => {
  const region = regionByCode(office)
  const city = cityOfRegion(office) ?? SHENYANG
  const district = region?.level === 'district' ? office : office === PROVINCE_CODE ? HEPING : random.pick(districtsOf(city))
  const cityName = regionByCode(city)?.name ?? { 'zh-CN': '', en: '' }
  const districtName = regionByCode(district)?.name ?? { 'zh-CN': '', en: '' }
  const name: Localized =
    office === PROVINCE_CODE
      ? { 'zh-CN': '辽宁省政务服务中心', en: 'Liaoning Government Service Centre' }
      : region?.level === 'district'
        ? { 'zh-CN': `${cityName['zh-CN']}${districtName['zh-CN']}政务服务中心`, en: `${districtName.en} Government Service Centre, ${cityName.en}` }
        : { 'zh-CN': `${cityName['zh-CN']}政务服务中心`, en: `${cityName.en} Government Service Centre` }
  const [streetZh, streetEn] = random.pick(STREETS)
  const number = 1 + random.int(300)
  const saturday = random.chance(0.4)
  const area = AREA_CODES[city] ?? '024'
  const digits = area === '024' ? 8 : 7
  return {
    name,
    address: { 'zh-CN': `${cityName['zh-CN']}${districtName['zh-CN']}${streetZh}${number}号`, en: `${number} ${streetEn}, ${districtName.en}, ${cityName.en}` },
    district,
    hours: saturday
      ? { 'zh-CN': '周一至周五 8:30-17:00，周六 9:00-12:00（法定节假日除外）', en: 'Mon–Fri 8:30–17:00, Sat 9:00–12:00, except public holidays' }
      : { 'zh-CN': '周一至周五 8:30-11:30，13:00-17:00（法定节假日除外）', en: 'Mon–Fri 8:30–11:30 and 13:00–17:00, except public holidays' },
    phone: `${area}-${String(2 + random.int(7)) + String(random.int(10 ** (digits - 1))).padStart(digits - 1, '0')}`,
  }
}

/**
 * A service's offline guide, made on request from the seed and the service
 * alone (same input, same guide), so 1,500 guides need no storage and stay
 * out of the index.
 */
export const generateGuide = (seed: string, source: GuideSource): ServiceGuide => {
  const random = seededRandom(`${seed}/guide/${source.id}`)
  const theme = THEMES.find((t) => t.key === source.categoryId.split('.')[0])
  const forBusiness = BUSINESS_THEMES.has(theme?.key ?? '') || BUSINESS_MATTER.test(source.name['zh-CN'])
  const runs = random.chance(0.35) ? 'zero' : 'once'
  const legalDays = random.pick([5, 10, 15, 20, 30])
  const promisedDays = random.chance(0.3) ? 0 : Math.max(1, Math.round(legalDays * (0.2 + 0.4 * random.next())))
  const themeName = theme ? { 'zh-CN': theme.zh, en: theme.en.toLowerCase() } : { 'zh-CN': '政务', en: 'government' }
  const second = source.office !== PROVINCE_CODE && regionByCode(source.office)?.level === 'city' && random.chance(0.3)
  return {
    id: source.id,
    name: source.name,
    department: source.department,
    summary: {
      'zh-CN': `${source.department['zh-CN']}受理的${themeName['zh-CN']}事项。${runs === 'zero' ? '可全程网上办理，无需到现场。' : '网上预审通过后，最多到现场一次即可办结。'}`,
      en: `A ${themeName.en} matter handled by ${source.department.en}. ${runs === 'zero' ? 'It can be done entirely online.' : 'After an online pre-check, one visit at most completes it.'}`,
    },
    applicants: applicantsOf(forBusiness, scopeOf(source.office)),
    materials: materialsOf(random, source, forBusiness, theme?.materials ?? []),
    fee: feeFor(source.name['zh-CN']),
    legalDays,
    promisedDays,
    halls: second ? [hallAt(random, source.office), hallAt(random, source.office)] : [hallAt(random, source.office)],
    runs,
  }
}
