import type { MiniAppManifest } from '@sdk'

export const manifest = {
  id: 'transport',
  version: '1.0.0',
  kind: 'native',
  name: { 'zh-CN': '交通出行', en: 'Transport' },
  description: {
    'zh-CN': '交通违法查询与缴款、公交卡余额查询',
    en: 'Check and pay traffic violations, and see your bus card balance',
  },
  department: { 'zh-CN': '辽宁省公安厅交通警察总队', en: 'Liaoning Provincial Traffic Police' },
  category: 'transport',
  icon: { glyph: '交', color: '#0b7a55' },
  pages: [{ path: 'pages/index', title: { 'zh-CN': '交通出行', en: 'Transport' } }],
  entry: 'pages/index',
  permissions: [
    {
      scope: 'profile.idNumber',
      reason: { 'zh-CN': '用于查询您名下车辆和驾驶证的违法记录', en: 'To find violations on your vehicles and licence' },
    },
    { scope: 'payment', reason: { 'zh-CN': '用于缴纳交通违法罚款', en: 'To pay traffic fines' } },
  ],
  level: 'L2',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
  allowedDomains: [],
} satisfies MiniAppManifest
