import type { MiniAppManifest } from '@sdk'

/** A form scenario: no pages and no code; the shell renders scenario.ts. */
export const manifest = {
  id: 'newborn-one-stop',
  version: '1.0.0',
  kind: 'form',
  name: { 'zh-CN': '新生儿出生一件事', en: 'Newborn one-stop' },
  description: {
    'zh-CN': '一次办理出生医学证明、户口登记、医保参保和社保卡申领',
    en: 'Birth certificate, household registration, medical insurance and social-security card in one go',
  },
  department: { 'zh-CN': '辽宁省营商环境建设局', en: 'Liaoning Business Environment Bureau' },
  category: 'civil-affairs',
  icon: { glyph: '婴', color: '#d6336c' },
  permissions: [
    { scope: 'profile.name', reason: { 'zh-CN': '自动填写申请人姓名', en: "To fill in the applicant's name" } },
    { scope: 'profile.idNumber', reason: { 'zh-CN': '自动填写申请人身份证号', en: "To fill in the applicant's ID number" } },
    { scope: 'profile.phone', reason: { 'zh-CN': '用于接收办理进度通知', en: 'To send you progress updates' } },
    { scope: 'family', reason: { 'zh-CN': '为您的孩子办理出生登记', en: "To register your child's birth" } },
  ],
  level: 'L2',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
