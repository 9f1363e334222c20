/** A service's own page (its guide, web page or way in), zh-CN first: kept out of the main dictionary so it loads with the catalogue subpackage. */
export const serviceZhCN = {
  coming: '即将上线：该事项的在线申报正在建设中，可先查看办事指南或拨打 12345 咨询。',
  openForm: '开始申报',
  openService: '立即办理',
  guide: {
    summary: '事项说明',
    applicants: '办理对象',
    materials: '申请材料',
    copies: (n: number) => `${n} 份`,
    original: '原件',
    copy: '复印件',
    'original-and-copy': '原件及复印件',
    fee: '收费标准',
    free: '不收费',
    feeAmount: (yuan: string) => `${yuan} 元`,
    time: '办理时限',
    legalDays: (n: number) => `法定 ${n} 个工作日`,
    promisedDays: (n: number) => (n === 0 ? '承诺即办' : `承诺 ${n} 个工作日`),
    halls: '办理地点',
    hours: (h: string) => `办公时间：${h}`,
    phone: (p: string) => `咨询电话：${p}`,
    runs: { zero: '零跑动', once: '最多跑一次' } as Record<string, string>,
    notFound: '未找到该事项的办事指南',
  },
  webview: {
    leaving: '您即将离开本应用，访问以下网页。该网页由第三方提供，请注意保护个人信息。',
    open: '继续访问',
    refused: (host: string) => `出于安全考虑，本应用不打开 ${host} 的网页。`,
    notFound: '未找到该网页服务',
  },
}

export type ServiceText = typeof serviceZhCN
