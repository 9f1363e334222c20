import type { Localized } from '../../src/sdk/manifest/catalogue'
import { PROVINCE_CODE } from '../../src/shell/regions'
import type { Placement } from './allocate'
import { CITY_CODES, CITY_POPULATION, cityOfRegion, regionSlug } from './places'
import type { Random } from './random'
import type { Matter } from './tree'
import type { GeneratedService, ServiceKind } from './types'
import { BUREAUS } from './vocabulary'

type Details = Pick<GeneratedService, 'kind' | 'form' | 'webview'>

const ONLINE_ACTIONS = /缴纳|缴费|充值|预约|报名|申报|填报|激活/

/** How a matter is delivered: lookups are mostly web pages, one-stop scenarios are forms, the rest mostly guides. */
const kindOf = (random: Random, placement: Placement): ServiceKind => {
  const { name, theme } = placement.matter
  if (theme.key === 'one-stop') return 'form'
  const roll = random.next()
  if (name['zh-CN'].endsWith('查询')) return roll < 0.65 ? 'webview' : 'guide'
  if (ONLINE_ACTIONS.test(name['zh-CN'])) return roll < 0.45 ? 'webview' : roll < 0.65 ? 'form' : 'guide'
  return roll < 0.6 ? 'guide' : roll < 0.8 ? 'form' : 'webview'
}

/** Pages on hosts the shell does not allow, so the refusal can be tried: real services, just not Liaoning's. */
export const OFF_LIST_PAGES: readonly { url: string; title: Localized }[] = [
  { url: 'https://mp.weixin.qq.com/s/ln-service-notice', title: { 'zh-CN': '微信公众号文章', en: 'WeChat article' } },
  { url: 'https://www.12306.cn/index/', title: { 'zh-CN': '中国铁路12306', en: 'China Railway 12306' } },
  { url: 'https://www.chsi.com.cn/xlcx/', title: { 'zh-CN': '学信网', en: 'CHSI' } },
  { url: 'https://etax.chinatax.gov.cn/', title: { 'zh-CN': '国家税务总局电子税务局', en: 'STA e-Tax Bureau' } },
  { url: 'https://www.gov.cn/fuwu/', title: { 'zh-CN': '中国政府网', en: 'Gov.cn' } },
]

/** The kind and what opening it needs: a form's scenario, a page's URL and title; guides are served apart. */
export const detailsOf = (random: Random, placement: Placement, id: string, categoryId: string): Details => {
  const kind = kindOf(random, placement)
  const { name, subject } = placement.matter
  switch (kind) {
    case 'form':
      // Only registered scenarios have a served definition; a generated form is announced, not yet open.
      return { kind, form: { scenarioId: categoryId, status: 'coming' } }
    case 'webview':
      return { kind, webview: { url: `https://${BUREAUS[subject[3]].host}/${regionSlug(placement.office)}/${id}`, title: name } }
    default:
      return { kind }
  }
}

/** Points `count` of the web pages at hosts off the allow-list, with those sites' own titles. */
export const sendSomeOffList = (random: Random, services: GeneratedService[], count: number): void => {
  const webviews = random.shuffle(services.filter((s) => s.webview)).slice(0, count)
  webviews.forEach((service, n) => {
    const page = OFF_LIST_PAGES[n % OFF_LIST_PAGES.length]
    service.webview = { url: n < OFF_LIST_PAGES.length ? page.url : `${page.url}?from=${service.id}`, title: page.title }
  })
}

/** Lookups and payments are what residents do most; licences are rare. */
const ACTION_USE: [RegExp, number][] = [
  [/查询$/, 1.6],
  [/缴纳|缴费|充值/, 1.4],
  [/许可证|核发|延续|注销$/, 0.5],
]

/** A matter's monthly uses in a city of Shenyang's size: log-normal around its subject's weight. */
export const baseUse = (random: Random, { weight, name }: Matter): number => {
  const gauss = random.next() + random.next() + random.next() - 1.5
  const factor = ACTION_USE.find(([pattern]) => pattern.test(name['zh-CN']))?.[1] ?? 1
  return 20 * Math.exp(0.95 * weight + 1.2 * gauss) * factor
}

/** Uses a month in each city where a service is offered, by city size with some local spread. */
export const popularityIn = (random: Random, regions: readonly string[], base: number): Record<string, number> => {
  const offeredCities = regions.includes(PROVINCE_CODE) ? CITY_CODES : [...new Set(regions.map(cityOfRegion).filter((c): c is string => !!c))]
  return Object.fromEntries(
    offeredCities.map((city) => [city, Math.max(1, Math.round(((base * CITY_POPULATION[city]) / CITY_POPULATION['210100']) * (0.7 + 0.6 * random.next())))]),
  )
}
