import type { MiniAppManifest } from '@sdk'

/** A form scenario: no pages and no code; the shell renders scenario.ts. */
export const manifest = {
  id: 'business-start-up',
  version: '1.0.0',
  kind: 'form',
  name: { 'zh-CN': '企业开办一件事', en: 'Start a business' },
  description: {
    'zh-CN': '名称申报、设立登记、公章刻制、涉税办理、单位参保一次办结',
    en: 'Name check, registration, seal, tax and social-security account in one go',
  },
  department: { 'zh-CN': '辽宁省市场监督管理局', en: 'Liaoning Administration for Market Regulation' },
  category: 'enterprise',
  icon: { glyph: '企', color: '#7c3aed' },
  permissions: [
    { scope: 'profile.name', reason: { 'zh-CN': '自动填写法定代表人姓名', en: "To fill in the legal representative's name" } },
    { scope: 'profile.idNumber', reason: { 'zh-CN': '自动填写法定代表人身份证号', en: "To fill in the legal representative's ID number" } },
    { scope: 'profile.phone', reason: { 'zh-CN': '用于接收登记结果通知', en: 'To tell you the result' } },
  ],
  level: 'L3',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
