import type { MiniAppManifest } from '@sdk'

/** A form scenario with a fee: no pages and no code; the shell renders scenario.ts and takes the fee through the payment shell. */
export const manifest = {
  id: 'residence-permit-renewal',
  version: '1.0.0',
  kind: 'form',
  name: { 'zh-CN': '居住证换领补领', en: 'Renew or replace a residence permit' },
  description: {
    'zh-CN': '居住证损坏、丢失或登记内容变更，网上申请并缴纳工本费，到派出所领取新证',
    en: 'Damaged, lost or out of date: apply and pay the card fee online, then collect the new permit',
  },
  department: { 'zh-CN': '辽宁省公安厅', en: 'Liaoning Public Security Department' },
  category: 'public-security',
  icon: { glyph: '换', color: '#0f766e' },
  permissions: [
    { scope: 'profile.name', reason: { 'zh-CN': '自动填写申请人姓名', en: "To fill in the applicant's name" } },
    { scope: 'profile.idNumber', reason: { 'zh-CN': '自动填写申请人身份证号', en: "To fill in the applicant's ID number" } },
    { scope: 'profile.phone', reason: { 'zh-CN': '新证制好后短信通知您', en: 'To text you when the new permit is ready' } },
    { scope: 'certificates', reason: { 'zh-CN': '从电子证照读取原居住证号码', en: 'To read your old permit number from your e-certificates' } },
    { scope: 'payment', reason: { 'zh-CN': '收取居住证工本费 20 元', en: 'To take the 20 yuan card fee' } },
  ],
  level: 'L2',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
