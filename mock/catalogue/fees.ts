import type { Localized } from '../../src/sdk/manifest/catalogue'

const NDRC_2019: Localized = {
  'zh-CN': '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）',
  en: 'NDRC and Ministry of Finance notice lowering administrative fees (2019, No. 914)',
}
const LIAONING_FEES: Localized = { 'zh-CN': '《辽宁省行政事业性收费项目目录清单》', en: 'Liaoning catalogue of administrative fees' }

/** The few matters that still charge a fee, in fen, with the rule that sets it; everything else is free. */
const FEES: readonly (readonly [pattern: RegExp, amountFen: number, basis: Localized])[] = [
  [
    /居民身份证.*(换领|补领)/,
    2000,
    { 'zh-CN': '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）', en: 'NDRC and Ministry of Finance notice on identity card fees (2003, No. 2322)' },
  ],
  [/普通护照.*(申领|换发|补发)/, 12000, NDRC_2019],
  [/往来(港澳|台湾)通行证.*(申领|换发|补发)/, 6000, NDRC_2019],
  [/签注$/, 1500, NDRC_2019],
  [/驾驶证.*(换证|补领)/, 1000, LIAONING_FEES],
  [/号牌补领/, 10000, LIAONING_FEES],
]

export type Fee = { free: true } | { free: false; amountFen: number; basis: Localized }

export const feeFor = (name: string): Fee => {
  const rule = FEES.find(([pattern]) => pattern.test(name))
  return rule ? { free: false, amountFen: rule[1], basis: rule[2] } : { free: true }
}
