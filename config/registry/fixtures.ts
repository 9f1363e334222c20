import type { MiniAppManifest } from '../../src/sdk/manifest/schema'
import { sampleScenario } from '../../src/sdk/scenario/fixtures'
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

const reason = { 'zh-CN': '自动填写', en: 'To fill in the form' }

/** A form manifest that, with `sampleScenario()`, passes every check: it declares every scope the sample uses. */
export const validFormManifest = (): MiniAppManifest => ({
  id: 'sample-one-stop',
  version: '1.0.0',
  kind: 'form',
  name: { 'zh-CN': '示例一件事', en: 'Sample one-stop' },
  description: { 'zh-CN': '用于测试的示例一件事', en: 'A sample one-stop for tests' },
  department: { 'zh-CN': '示例厅', en: 'Sample Department' },
  category: 'civil-affairs',
  icon: { glyph: '办', color: '#1a5fd6' },
  permissions: (['profile.name', 'profile.idNumber', 'profile.phone', 'certificates', 'payment'] as const).map((scope) => ({ scope, reason })),
  level: 'L2',
  targets: ['weapp', 'h5', 'rn'],
  regions: ['210000'],
  shell: '^1.0.0',
})

/** A form's two modules as the loader finds them. */
export const formSourceOf = (manifest: unknown, scenario: unknown = sampleScenario(), scenarioText = "import type { ScenarioDefinition } from '@sdk'\n"): ManifestSource => ({
  ...sourceOf(manifest, 'sample-one-stop'),
  scenario: { file: 'mini-apps/sample-one-stop/scenario.ts', exported: scenario, sourceText: scenarioText },
})
