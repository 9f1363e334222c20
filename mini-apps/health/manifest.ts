import type { MiniAppManifest } from '@sdk'

export const manifest = {
  id: 'health',
  version: '1.0.0',
  kind: 'native',
  name: { 'zh-CN': '医疗健康', en: 'Health' },
  description: {
    'zh-CN': '预约挂号、查看就诊安排',
    en: 'Book hospital appointments and see your visits',
  },
  department: { 'zh-CN': '辽宁省卫生健康委员会', en: 'Liaoning Health Commission' },
  category: 'health',
  icon: { glyph: '医', color: '#c2410c' },
  pages: [{ path: 'pages/index', title: { 'zh-CN': '我的预约', en: 'My appointments' } }],
  entry: 'pages/index',
  permissions: [
    { scope: 'profile.name', reason: { 'zh-CN': '用于挂号实名登记', en: 'Hospitals register appointments by name' } },
    { scope: 'profile.phone', reason: { 'zh-CN': '用于发送就诊提醒', en: 'To send visit reminders' } },
    { scope: 'family', reason: { 'zh-CN': '为孩子或老人预约挂号', en: 'To book for your child or parent' } },
  ],
  level: 'L1',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
