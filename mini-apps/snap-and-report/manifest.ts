import type { MiniAppManifest } from '@sdk'

/** A form scenario: no pages and no code; the shell renders scenario.ts. */
export const manifest = {
  id: 'snap-and-report',
  version: '1.0.0',
  kind: 'form',
  name: { 'zh-CN': '12345随手拍', en: '12345 Snap & report' },
  description: {
    'zh-CN': '拍下身边的城市管理问题，12345热线转交责任部门整改并向您反馈',
    en: 'Photograph a problem in your city; the 12345 hotline has it fixed and tells you',
  },
  department: { 'zh-CN': '辽宁省12345政务服务便民热线', en: 'Liaoning 12345 Government Service Hotline' },
  // The vocabulary has no city-management category yet; utilities is the nearest.
  category: 'utilities',
  icon: { glyph: '拍', color: '#ea580c' },
  permissions: [
    { scope: 'profile.phone', reason: { 'zh-CN': '用于反馈处理结果', en: 'To tell you what was done' } },
    { scope: 'camera', reason: { 'zh-CN': '用于拍摄问题照片', en: 'To photograph the problem' } },
    { scope: 'location', reason: { 'zh-CN': '用于标注问题位置', en: 'To mark where the problem is' } },
  ],
  level: 'L1',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
} satisfies MiniAppManifest
