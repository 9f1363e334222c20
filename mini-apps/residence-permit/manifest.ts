import type { MiniAppManifest } from '@sdk'

/** A form scenario: no pages and no code; the shell renders scenario.ts. */
export const manifest = {
  id: 'residence-permit',
  version: '1.0.0',
  kind: 'form',
  name: { 'zh-CN': '居住证申领', en: 'Residence permit' },
  description: {
    'zh-CN': '网上提交材料，到派出所窗口 5 至 20 分钟当场办结领证',
    en: 'Apply online, then collect your permit at the police-station window in 5 to 20 minutes',
  },
  department: { 'zh-CN': '辽宁省公安厅', en: 'Liaoning Public Security Department' },
  category: 'public-security',
  icon: { glyph: '居', color: '#1d4ed8' },
  permissions: [
    { scope: 'profile.name', reason: { 'zh-CN': '自动填写申请人姓名', en: "To fill in the applicant's name" } },
    { scope: 'profile.idNumber', reason: { 'zh-CN': '自动填写申请人身份证号', en: "To fill in the applicant's ID number" } },
    { scope: 'profile.phone', reason: { 'zh-CN': '用于通知您到窗口领证', en: 'To tell you when to collect your permit' } },
  ],
  level: 'L2',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
