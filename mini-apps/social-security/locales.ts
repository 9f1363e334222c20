/** This mini-app's residents' text; the SDK's `useLocalized` picks the language. */
export const texts = {
  'zh-CN': {
    account: '我的社保账户',
    status: { active: '正常参保', suspended: '暂停参保' },
    insuredSince: (date: string, city: string) => `${city} · ${date} 起参保`,
    pension: '养老保险个人账户',
    medical: '医保个人账户',
    months: (n: number) => `累计缴费 ${n} 个月`,
    recent: '近期缴费',
    kinds: { pension: '养老保险', medical: '医疗保险', unemployment: '失业保险' },
    retirementTitle: '注意：出生日期不一致',
    retirementBody: (archive: string, idCard: string) =>
      `您的档案出生日期（${archive}）与身份证（${idCard}）不一致，退休时间将按认定结果确定。请准备出生日期认定材料。`,
  },
  en: {
    account: 'My social security account',
    status: { active: 'Insured', suspended: 'Suspended' },
    insuredSince: (date: string, city: string) => `${city} · insured since ${date}`,
    pension: 'Pension account',
    medical: 'Medical insurance account',
    months: (n: number) => `${n} months of contributions`,
    recent: 'Recent contributions',
    kinds: { pension: 'Pension', medical: 'Medical', unemployment: 'Unemployment' },
    retirementTitle: 'Note: birth dates disagree',
    retirementBody: (archive: string, idCard: string) =>
      `Your archive gives ${archive} as your birth date but your ID card gives ${idCard}. Your retirement date depends on which is confirmed; prepare proof of your birth date.`,
  },
}
