import type { ScenarioDefinition } from './schema'

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en })

/**
 * A valid definition that uses every feature: three departments' items, a
 * conditional step, `after`, every field type, each prefill source, shared
 * and conditional materials, a fee and stages. Tests break one thing at a
 * time, or drive the engine through it.
 */
export const sampleScenario = (): ScenarioDefinition => ({
  id: 'sample-one-stop',
  version: '1.0.0',
  title: L('示例一件事', 'Sample one-stop'),
  summary: L('用于测试的示例事项', 'A sample service for tests'),
  audience: 'individual',
  level: 'L2',
  subject: { kind: 'self' },
  fee: { amountFen: 2000, payee: L('示例厅', 'Sample Department'), description: L('工本费', 'Card fee') },
  whatHappensNext: L('三个部门将同步审核', 'Three departments review it together'),
  timeLimit: { min: 1, max: 3, unit: 'working-days' },
  items: [
    { id: 'item-a', name: L('事项甲', 'Item A'), department: L('甲厅', 'Department A') },
    { id: 'item-b', name: L('事项乙', 'Item B'), department: L('乙厅', 'Department B') },
    { id: 'item-c', name: L('事项丙', 'Item C'), department: L('丙厅', 'Department C') },
  ],
  steps: [
    {
      id: 'about-you',
      title: L('填写个人信息', 'Enter your details'),
      items: ['item-a', 'item-b'],
      fields: [
        { id: 'name', type: 'text', label: L('姓名', 'Name'), minLength: 2, maxLength: 20, prefill: { from: 'identity', attribute: 'name', scope: 'profile.name' } },
        { id: 'idNumber', type: 'id-number', label: L('身份证号', 'ID number'), prefill: { from: 'identity', attribute: 'idNumber', scope: 'profile.idNumber' } },
        { id: 'phone', type: 'phone', label: L('手机号', 'Mobile number'), prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
        { id: 'age', type: 'number', label: L('年龄', 'Age'), unit: L('岁', 'years'), min: 16, max: 120, integer: true, items: ['item-a'] },
      ],
    },
    {
      id: 'details',
      title: L('填写办理信息', 'Enter the details'),
      items: ['item-a'],
      after: ['about-you'],
      fields: [
        { id: 'purpose', type: 'select', label: L('办理用途', 'Purpose'), options: [{ value: 'home', label: L('居家', 'Home') }, { value: 'work', label: L('工作', 'Work') }] },
        { id: 'employer', type: 'text', label: L('工作单位', 'Employer'), visibleWhen: { field: 'purpose', equals: 'work' } },
        { id: 'employerUscc', type: 'uscc', label: L('单位信用代码', "Employer's USCC"), required: false, visibleWhen: { all: [{ field: 'purpose', equals: 'work' }, { field: 'employer', answered: true }] } },
        { id: 'startDate', type: 'date', label: L('开始日期', 'Start date'), earliest: { date: '2020-01-01' }, latest: { daysFromToday: 0 } },
        { id: 'city', type: 'region', label: L('城市', 'City'), within: ['210100', '210200'] },
        { id: 'address', type: 'address', label: L('地址', 'Address'), prefill: { from: 'answer', field: 'name' }, required: false },
        { id: 'licence', type: 'text', label: L('驾驶证号', 'Driving licence'), required: false, prefill: { from: 'certificate', certificate: 'driving-licence', attribute: 'number', scope: 'certificates' } },
        { id: 'code', type: 'text', label: L('代码', 'Code'), required: false, pattern: { regex: '^[A-Z]{3}$', message: L('代码应为 3 个大写字母', 'The code is 3 capital letters') } },
      ],
    },
    {
      id: 'work',
      title: L('填写工作信息', 'Tell us about your work'),
      items: ['item-c'],
      visibleWhen: { field: 'purpose', equals: 'work' },
      fields: [{ id: 'notes', type: 'text', multiline: true, label: L('备注', 'Notes'), required: false }],
    },
    {
      id: 'photos',
      title: L('上传照片', 'Add photos'),
      items: ['item-c'],
      after: ['work'],
      fields: [{ id: 'photos', type: 'upload', kind: 'photo', accept: ['image/jpeg'], maxSizeKb: 1024, maxFiles: 2, label: L('现场照片', 'Photos') }],
    },
    {
      id: 'documents',
      title: L('上传材料', 'Upload documents'),
      items: ['item-a', 'item-b', 'item-c'],
      after: ['about-you'],
      materials: ['id-copy', 'work-proof', 'extra'],
    },
  ],
  materials: [
    { id: 'id-copy', name: L('身份证', 'ID card'), items: ['item-a', 'item-b', 'item-c'], kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 2048, maxFiles: 2 },
    { id: 'work-proof', name: L('工作证明', 'Proof of work'), items: ['item-a'], neededWhen: { field: 'purpose', equals: 'work' }, kind: 'file', accept: ['application/pdf'], maxSizeKb: 4096 },
    { id: 'extra', name: L('其他材料', 'Other documents'), items: ['item-b'], required: false, kind: 'file', accept: ['application/pdf'], maxSizeKb: 4096 },
  ],
  stages: [{ id: 'submitted', label: L('已提交', 'Submitted') }, { id: 'done', label: L('已办结', 'Done') }],
})
