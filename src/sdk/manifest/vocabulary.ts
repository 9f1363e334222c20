/**
 * The closed vocabularies a manifest may use. They are data, shared by the
 * build-time validator and the runtime, so both agree on what exists.
 */

/** Build targets a mini-app can support. */
export const TARGETS = ['weapp', 'h5', 'rn'] as const
export type Target = (typeof TARGETS)[number]

/**
 * Identity assurance levels: L0 anonymous, L1 phone, L2 name and ID checked
 * against the registry, L3 face check, L4 certificate.
 */
export const IDENTITY_LEVELS = ['L0', 'L1', 'L2', 'L3', 'L4'] as const
export type IdentityLevel = (typeof IDENTITY_LEVELS)[number]

/** Whether `level` (absent: anonymous) meets `wanted`; the levels are ordered L0 < … < L4. */
export const levelAtLeast = (level: string | undefined, wanted: IdentityLevel): boolean =>
  IDENTITY_LEVELS.indexOf((level ?? 'L0') as IdentityLevel) >= IDENTITY_LEVELS.indexOf(wanted)

/** Capabilities and personal data a mini-app must declare before it may use them. */
export const SCOPES = [
  'profile.name',
  'profile.idNumber',
  'profile.phone',
  'profile.address',
  'certificates',
  'location',
  'camera',
  'payment',
  'notifications',
  'family',
] as const
export type Scope = (typeof SCOPES)[number]

/** Service categories of the catalogue, in the order the Services tab shows them. */
export const CATEGORIES = [
  'social-insurance',
  'transport',
  'health',
  'housing',
  'education',
  'employment',
  'civil-affairs',
  'public-security',
  'tax',
  'utilities',
  'enterprise',
] as const
export type Category = (typeof CATEGORIES)[number]

/**
 * How a mini-app is delivered: `native` ships its own pages in a subpackage;
 * `form` is a declarative scenario (`scenario.ts`) the shell renders, adding
 * no code to any package. `webview` is reserved for a later shell.
 */
export const KINDS = ['native', 'form', 'webview'] as const
export type Kind = (typeof KINDS)[number]
export const SUPPORTED_KINDS: readonly Kind[] = ['native', 'form']

/**
 * Regions where a scenario is offered, as GB/T 2260 division codes:
 * the province of Liaoning and its 14 prefecture-level cities.
 */
export const REGIONS = {
  '210000': '辽宁省',
  '210100': '沈阳市',
  '210200': '大连市',
  '210300': '鞍山市',
  '210400': '抚顺市',
  '210500': '本溪市',
  '210600': '丹东市',
  '210700': '锦州市',
  '210800': '营口市',
  '210900': '阜新市',
  '211000': '辽阳市',
  '211100': '盘锦市',
  '211200': '铁岭市',
  '211300': '朝阳市',
  '211400': '葫芦岛市',
} as const
export type RegionCode = keyof typeof REGIONS
export const REGION_CODES = Object.keys(REGIONS) as RegionCode[]
