import type { Locale } from '../store/settings-slice'
import type { UsccProblem } from './uscc'

/** Residents' text for each reason a USCC is refused, simplified Chinese first. */
export const usccProblemText: Record<Locale, Record<UsccProblem, string>> = {
  'zh-CN': {
    length: '统一社会信用代码应为 18 位',
    characters: '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
    authority: '统一社会信用代码第 1 位（登记管理部门代码）不正确',
    'organisation-type': '统一社会信用代码第 2 位（机构类别代码）不正确',
    division: '统一社会信用代码第 3 至 8 位应为行政区划代码',
    'check-character': '统一社会信用代码校验位不正确，请核对营业执照',
    'organisation-code': '统一社会信用代码中的组织机构代码不正确，请核对营业执照',
  },
  en: {
    length: 'A unified social credit code has 18 characters',
    characters: 'A unified social credit code has only digits and capital letters (no I, O, Z, S or V)',
    authority: 'The first character (the registering authority) of this code is not valid',
    'organisation-type': 'The second character (the type of organisation) of this code is not valid',
    division: 'Characters 3 to 8 of the code must be a division code (digits)',
    'check-character': 'The check character does not match; please compare it with the business licence',
    'organisation-code': 'The organisation code inside it is not valid; please compare it with the business licence',
  },
}
