import type { MiniAppManifest } from '@sdk'

export const manifest = {
  id: 'social-security',
  version: '1.0.0',
  kind: 'native',
  name: { 'zh-CN': '社保服务', en: 'Social Security' },
  description: {
    'zh-CN': '查询养老、医疗保险账户与缴费记录',
    en: 'See your pension and medical insurance accounts and contributions',
  },
  department: { 'zh-CN': '辽宁省人力资源和社会保障厅', en: 'Liaoning Human Resources and Social Security' },
  category: 'social-insurance',
  icon: { glyph: '社', color: '#1a5fd6' },
  pages: [{ path: 'pages/index', title: { 'zh-CN': '社保服务', en: 'Social Security' } }],
  entry: 'pages/index',
  permissions: [
    {
      scope: 'profile.idNumber',
      reason: { 'zh-CN': '用于查询您本人的社保账户', en: 'To look up your own social security account' },
    },
  ],
  level: 'L3',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
