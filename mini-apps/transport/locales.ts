/** This mini-app's residents' text; the SDK's `useLocalized` picks the language. */
export const texts = {
  'zh-CN': {
    busCard: '公交卡余额',
    noBusCard: '您还没有绑定公交卡',
    cardNo: (no: string) => `卡号 ${no}`,
    violations: '交通违法',
    filters: { unpaid: '未处理', paid: '已缴款', all: '全部' },
    status: { unpaid: '未缴款', paid: '已缴款' },
    points: (n: number) => `记 ${n} 分`,
    fine: '罚款',
    none: '没有符合条件的违法记录',
    licence: {
      title: '我的驾驶证',
      show: '查看驾驶证信息',
      number: (no: string) => `驾驶证号 ${no}`,
      denied: '您未授权使用身份证号，无法查询驾驶证信息。',
      failed: '暂时无法查询驾驶证信息，请稍后重试。',
    },
  },
  en: {
    busCard: 'Bus card balance',
    noBusCard: 'No bus card linked yet',
    cardNo: (no: string) => `Card ${no}`,
    violations: 'Traffic violations',
    filters: { unpaid: 'Unpaid', paid: 'Paid', all: 'All' },
    status: { unpaid: 'Unpaid', paid: 'Paid' },
    points: (n: number) => `${n} points`,
    fine: 'Fine',
    none: 'No violations match',
    licence: {
      title: 'My driving licence',
      show: 'Show my licence',
      number: (no: string) => `Licence no. ${no}`,
      denied: 'Without your ID number we cannot look up your licence.',
      failed: 'Your licence cannot be looked up right now. Please try again later.',
    },
  },
}
