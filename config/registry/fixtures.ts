import type { MiniAppManifest } from '../../src/sdk/manifest/schema'
import type { ManifestSource } from './types'

/** A manifest that passes every check; tests break one thing at a time. */
export const validManifest = (): MiniAppManifest => ({
  id: 'sample-app',
  version: '1.2.3',
  kind: 'native',
  name: { 'zh-CN': '示例服务', en: 'Sample' },
  description: { 'zh-CN': '用于测试的示例服务', en: 'A sample service for tests' },
  department: { 'zh-CN': '示例厅', en: 'Sample Department' },
  category: 'housing',
  icon: { glyph: '示', color: '#1a5fd6' },
  pages: [
    { path: 'pages/index', title: { 'zh-CN': '首页', en: 'Home' } },
    { path: 'pages/detail', title: { 'zh-CN': '详情', en: 'Detail' }, level: 'L3' },
  ],
  entry: 'pages/index',
  permissions: [{ scope: 'profile.idNumber', reason: { 'zh-CN': '核对身份', en: 'To check who you are' } }],
  level: 'L2',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000', '210100'],
  shell: '^1.0.0',
  allowedDomains: ['files.example.gov.cn'],
})

export const sourceOf = (exported: unknown, folder = 'sample-app', sourceText = "import type { MiniAppManifest } from '@sdk'\n"): ManifestSource => ({
  folder,
  file: `mini-apps/${folder}/manifest.ts`,
  exported,
  sourceText,
})
