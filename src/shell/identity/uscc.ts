/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters
 * over 0-9 and A-Y without I, O, Z, S, V —
 *   1      registration authority (e.g. 9 market regulation),
 *   2      organisation type within that authority (e.g. 1 enterprise),
 *   3–8    administrative division (GB/T 2260),
 *   9–17   organisation code (GB 11714: 8 characters and its own check character),
 *   18     check character, MOD 31 over the first 17.
 * Checked locally so a typo is refused at once, with its reason.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31)

/** Organisation types each registration authority may issue (GB 32100-2015, table 1, with its amendments). */
export const ORGANISATION_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 市场监管（工商）: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
}

export type UsccProblem = 'length' | 'characters' | 'authority' | 'organisation-type' | 'division' | 'check-character' | 'organisation-code'

const value = (char: string): number => USCC_ALPHABET.indexOf(char)

/** The MOD 31 check character for the first 17 characters. */
export const usccCheckCharacter = (first17: string): string => {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * value(first17[i]), 0)
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** GB 11714's check character for an organisation code's first 8 characters (letters count A=10 … Z=35). */
export const organisationCodeCheck = (first8: string): string => {
  const sum = ORG_WEIGHTS.reduce((total, weight, i) => total + weight * parseInt(first8[i], 36), 0)
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}

const CHARSET = new RegExp(`^[${USCC_ALPHABET}]{18}$`)

/** Why a code is wrong, or undefined when it is well formed. Spaces around it and lower case are forgiven. */
export const usccProblem = (input: string): UsccProblem | undefined => {
  const code = input.trim().toUpperCase()
  if (code.length !== 18) return 'length'
  if (!CHARSET.test(code)) return 'characters'
  const types = ORGANISATION_TYPES[code[0]]
  if (!types) return 'authority'
  if (!types.includes(code[1])) return 'organisation-type'
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'division'
  // The overall check first: a typo anywhere breaks it, and that is what residents should be told.
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check-character'
  if (organisationCodeCheck(code.slice(8, 16)) !== code[16]) return 'organisation-code'
  return undefined
}

export const isValidUscc = (input: string): boolean => usccProblem(input) === undefined
