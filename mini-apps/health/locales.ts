/** This mini-app's residents' text; the SDK's `useLocalized` picks the language. */
export const texts = {
  'zh-CN': {
    title: '我的预约',
    none: '暂无预约记录',
    status: { booked: '待就诊', completed: '已就诊', cancelled: '已取消' },
    doctor: (name: string) => `${name} 医生`,
  },
  en: {
    title: 'My appointments',
    none: 'No appointments yet',
    status: { booked: 'Upcoming', completed: 'Attended', cancelled: 'Cancelled' },
    doctor: (name: string) => `Dr ${name}`,
  },
}
