import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MiniAppManifest } from '../../src/sdk/manifest/schema'
import type { Category } from '../../src/sdk/manifest/vocabulary'
import type { ScenarioDefinition } from '../../src/sdk/scenario'

/**
 * Synthetic form scenarios for the bench: Liaoning standardised 35 one-stops
 * (14 for enterprises, 21 for individuals), so the bench adds 35 valid
 * definitions to a scratch copy's `mini-apps/` and shows that the weapp main
 * package does not grow by a byte. Only the generator lives here; the bench
 * wires it in.
 */

export const SYNTHETIC_PREFIX = 'bench-form-'
export const LIAONING_ONE_STOPS = 35
const ENTERPRISE_ONE_STOPS = 14

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en })
const pad = (n: number) => String(n).padStart(2, '0')

/** The id of the n-th synthetic scenario, from 1. */
export const syntheticId = (n: number): string => `${SYNTHETIC_PREFIX}${pad(n)}`

/** A valid manifest and definition, varied by n: enterprise or individual, two to four items, a conditional material. */
export const syntheticScenario = (n: number): { manifest: MiniAppManifest; scenario: ScenarioDefinition } => {
  const id = syntheticId(n)
  const enterprise = n <= ENTERPRISE_ONE_STOPS
  const itemCount = 2 + (n % 3)
  const items = Array.from({ length: itemCount }, (_, i) => ({
    id: `item-${i + 1}`,
    name: L(`事项${i + 1}`, `Item ${i + 1}`),
    department: L(`第${i + 1}部门`, `Department ${i + 1}`),
  }))
  const itemIds = items.map((i) => i.id)
  const category: Category = enterprise ? 'enterprise' : (['civil-affairs', 'housing', 'education', 'employment', 'social-insurance'] as const)[n % 5]
  const manifest: MiniAppManifest = {
    id,
    version: '1.0.0',
    kind: 'form',
    name: L(`一件事${pad(n)}`, `One-stop ${pad(n)}`),
    description: L(`合成的第${n}个一件事场景`, `Synthetic one-stop number ${n}`),
    department: L('辽宁省营商环境建设局', 'Liaoning Business Environment Bureau'),
    category,
    icon: { glyph: '办', color: '#1a5fd6' },
    permissions: [
      { scope: 'profile.name', reason: L('自动填写姓名', 'To fill in your name') },
      { scope: 'profile.phone', reason: L('用于通知办理结果', 'To tell you the outcome') },
    ],
    level: enterprise ? 'L3' : 'L2',
    targets: ['weapp', 'h5', 'rn'],
    regions: ['210000'],
    shell: '^1.0.0',
  }
  const scenario: ScenarioDefinition = {
    id,
    version: '1.0.0',
    title: L(`一件事${pad(n)}`, `One-stop ${pad(n)}`),
    summary: L('一次告知、一张表单、一套材料、一次办结', 'One notice, one form, one set of documents, one visit'),
    audience: enterprise ? 'enterprise' : 'individual',
    level: enterprise ? 'L3' : 'L2',
    subject: { kind: 'self' },
    whatHappensNext: L('各部门将同步审核，结果在“我的办件”中查看', "Each department reviews it; follow it in My applications"),
    timeLimit: { max: 1 + (n % 10), unit: 'working-days' },
    items,
    steps: [
      {
        id: 'applicant',
        title: L('填写申请人信息', 'Enter your details'),
        items: itemIds,
        fields: [
          { id: 'name', type: 'text', label: L('姓名', 'Name'), maxLength: 20, prefill: { from: 'identity', attribute: 'name', scope: 'profile.name' } },
          { id: 'phone', type: 'phone', label: L('手机号', 'Mobile number'), prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
          enterprise
            ? { id: 'uscc', type: 'uscc', label: L('统一社会信用代码', 'USCC') }
            : { id: 'idNumber', type: 'id-number', label: L('身份证号', 'ID number') },
        ],
      },
      {
        id: 'details',
        title: L('填写办理信息', 'Enter the details'),
        items: itemIds,
        after: ['applicant'],
        fields: [
          { id: 'city', type: 'region', label: L('办理城市', 'City') },
          { id: 'address', type: 'address', label: L('详细地址', 'Address') },
          { id: 'hasAgent', type: 'select', label: L('是否委托代理人', 'Is an agent applying?'), options: [{ value: 'yes', label: L('是', 'Yes') }, { value: 'no', label: L('否', 'No') }] },
          { id: 'agentName', type: 'text', label: L('代理人姓名', "Agent's name"), visibleWhen: { field: 'hasAgent', equals: 'yes' } },
        ],
      },
      {
        id: 'documents',
        title: L('上传材料', 'Upload documents'),
        items: itemIds,
        after: ['applicant'],
        materials: ['identity-proof', 'power-of-attorney'],
      },
    ],
    materials: [
      { id: 'identity-proof', name: L(enterprise ? '营业执照' : '身份证', enterprise ? 'Business licence' : 'ID card'), items: itemIds, kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 2 },
      { id: 'power-of-attorney', name: L('授权委托书', 'Power of attorney'), items: [itemIds[0]], neededWhen: { field: 'hasAgent', equals: 'yes' }, kind: 'file', accept: ['application/pdf'], maxSizeKb: 5120 },
    ],
  }
  return { manifest, scenario }
}

const moduleText = (imported: string, name: string, value: unknown) =>
  `import type { ${imported} } from '@sdk'\n\n// Generated for the bench by config/bench/scenarios.ts.\nexport const ${name} = ${JSON.stringify(value, null, 2)} satisfies ${imported}\n`

/** Writes `count` synthetic form scenarios into `miniAppsDir` (a scratch copy's `mini-apps/`); returns their ids. */
export const writeSyntheticScenarios = (miniAppsDir: string, count: number = LIAONING_ONE_STOPS): string[] =>
  Array.from({ length: count }, (_, i) => {
    const { manifest, scenario } = syntheticScenario(i + 1)
    const dir = join(miniAppsDir, manifest.id)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'manifest.ts'), moduleText('MiniAppManifest', 'manifest', manifest))
    writeFileSync(join(dir, 'scenario.ts'), moduleText('ScenarioDefinition', 'scenario', scenario))
    return manifest.id
  })
