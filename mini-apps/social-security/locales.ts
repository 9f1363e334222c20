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
  },
}
