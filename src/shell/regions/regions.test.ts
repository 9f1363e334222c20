import { REGIONS } from '../../sdk/manifest/vocabulary'
import { PROVINCE_CODE, cities, cityOf, isOfferedIn, regionByCode, regionName } from './regions'

const DALIAN = '210200'
const SHENYANG = '210100'
const ZHONGSHAN = '210202' // 大连市中山区
const XIGANG = '210203' // 大连市西岗区
const HEPING = '210102' // 沈阳市和平区

describe('Liaoning regions', () => {
  it('has the 14 cities of the manifest vocabulary, with the same codes and names', () => {
    expect(cities.map((c) => [c.code, c.name['zh-CN']])).toEqual(Object.entries(REGIONS).filter(([code]) => code !== PROVINCE_CODE))
  })

  it('has the 100 county-level divisions, each under its own city, with unique six-digit codes', () => {
    const districts = cities.flatMap((c) => c.districts)
    expect(districts).toHaveLength(100)
    expect(new Set(districts.map((d) => d.code)).size).toBe(100)
    for (const city of cities) {
      for (const d of city.districts) {
        expect(d.code).toMatch(/^21\d{4}$/)
        expect(d.code.slice(0, 4)).toBe(city.code.slice(0, 4))
        expect(d.parent).toBe(city.code)
      }
    }
  })

  it('names divisions in Chinese and in pinyin English by their type', () => {
    expect(regionByCode(HEPING)?.name).toEqual({ 'zh-CN': '和平区', en: 'Heping District' })
    expect(regionName('210124', 'en')).toBe('Faku County')
    expect(regionName('210181', 'en')).toBe('Xinmin City')
    expect(regionName('210113', 'en')).toBe('Shenbei New District')
    expect(regionName('210323', 'en')).toBe('Xiuyan Manchu Autonomous County')
    expect(regionName('211324', 'zh-CN')).toBe('喀喇沁左翼蒙古族自治县')
    expect(regionName(DALIAN, 'en')).toBe('Dalian')
    expect(regionName('999999', 'en')).toBe('999999')
  })

  it('finds the city of a city or district code, and none for the province or an unknown code', () => {
    expect(cityOf(ZHONGSHAN)).toBe(DALIAN)
    expect(cityOf(DALIAN)).toBe(DALIAN)
    expect(cityOf('211481')).toBe('211400')
    expect(cityOf(PROVINCE_CODE)).toBeUndefined()
    expect(cityOf('110000')).toBeUndefined()
  })
})

describe('isOfferedIn', () => {
  it('offers a province-wide service in every city and district', () => {
    for (const city of cities) expect(isOfferedIn([PROVINCE_CODE], city.code)).toBe(true)
    expect(isOfferedIn([PROVINCE_CODE], DALIAN, ZHONGSHAN)).toBe(true)
  })

  it('offers a city-level service only in its city, in any of its districts', () => {
    expect(isOfferedIn([DALIAN], DALIAN)).toBe(true)
    expect(isOfferedIn([DALIAN], DALIAN, XIGANG)).toBe(true)
    expect(isOfferedIn([DALIAN], SHENYANG)).toBe(false)
    expect(isOfferedIn([SHENYANG, DALIAN], DALIAN)).toBe(true)
  })

  it('lists a district-level service for its city, and once a district is chosen only in that district', () => {
    expect(isOfferedIn([ZHONGSHAN], DALIAN)).toBe(true)
    expect(isOfferedIn([ZHONGSHAN], DALIAN, ZHONGSHAN)).toBe(true)
    expect(isOfferedIn([ZHONGSHAN], DALIAN, XIGANG)).toBe(false)
    expect(isOfferedIn([ZHONGSHAN], SHENYANG)).toBe(false)
    expect(isOfferedIn([HEPING], SHENYANG, HEPING)).toBe(true)
  })

  it('ignores a district that is not in the resident city', () => {
    expect(isOfferedIn([ZHONGSHAN], DALIAN, HEPING)).toBe(true)
    expect(isOfferedIn([HEPING], DALIAN, HEPING)).toBe(false)
  })

  it('offers nothing for no regions or unknown codes', () => {
    expect(isOfferedIn([], DALIAN)).toBe(false)
    expect(isOfferedIn(['999999'], DALIAN)).toBe(false)
  })
})
