export type { City, Region, RegionLevel } from './regions'
export { PROVINCE_CODE, cities, cityOf, isOfferedIn, province, regionByCode, regionName } from './regions'
