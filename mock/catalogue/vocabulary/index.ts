import { BUSINESS_THEMES } from './themes-business'
import { CIVIC_THEMES } from './themes-civic'
import { LICENCE_THEMES } from './themes-licences'
import { PEOPLE_THEMES } from './themes-people'
import type { Theme } from './types'

export { ACTIONS, englishOf } from './actions'
export { BUREAUS, type Bureau, type BureauKey } from './bureaus'
export type { Level, SubjectRow, Theme } from './types'

/** Every theme in the order the Services tab lists them: residents' own matters first, licences last. */
export const THEMES: readonly Theme[] = [...PEOPLE_THEMES, ...CIVIC_THEMES, ...BUSINESS_THEMES, ...LICENCE_THEMES]
