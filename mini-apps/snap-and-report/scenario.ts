import type { ScenarioDefinition } from '@sdk'

const category = (value: string, zh: string, en: string) => ({ value, label: { 'zh-CN': zh, en } })

/**
 * 12345 随手拍: a photo, the place, a category and a description. The
 * stages are the closed loop the backend tracks (发现 → 核实 → 整改 → 反馈),
 * ending with the resident's rating of the response.
 */
export const scenario = {
  id: 'snap-and-report',
  version: '1.0.0',
  title: { 'zh-CN': '12345随手拍', en: 'Snap and report a problem' },
  summary: {
    'zh-CN': '道路破损、井盖缺失、垃圾堆放、占道经营……拍张照片告诉我们，12345热线转交责任部门限时整改。',
    en: 'Broken roads, missing manhole covers, rubbish, blocked pavements: send a photo and the 12345 hotline has the responsible department fix it.',
  },
  audience: 'individual',
  level: 'L1',
  subject: { kind: 'self' },
  whatHappensNext: {
    'zh-CN': '12345热线将在 1 个工作日内核实问题并转交责任部门，整改完成后通过“我的办件”和短信向您反馈，届时请您对处理结果进行评价。',
    en: 'The 12345 hotline checks the problem within one working day and passes it to the department responsible. When it is fixed you are told in My applications and by text, and asked to rate the response.',
  },
  timeLimit: { max: 5, unit: 'working-days', note: { 'zh-CN': '复杂问题可延长，延期会告知您', en: 'Complex problems may take longer; you will be told' } },
  items: [
    { id: 'report', name: { 'zh-CN': '随手拍问题反映', en: 'Problem report' }, department: { 'zh-CN': '辽宁省12345政务服务便民热线', en: 'Liaoning 12345 Government Service Hotline' } },
  ],
  steps: [
    {
      id: 'photo',
      title: { 'zh-CN': '拍摄问题照片', en: 'Take photos' },
      items: ['report'],
      fields: [
        { id: 'photos', type: 'upload', kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 3,
          label: { 'zh-CN': '问题照片', en: 'Photos of the problem' }, hint: { 'zh-CN': '最多 3 张，请拍清问题全貌', en: 'Up to 3, showing the whole problem' } },
      ],
    },
    {
      id: 'location',
      title: { 'zh-CN': '标注问题位置', en: 'Say where it is' },
      items: ['report'],
      fields: [
        { id: 'city', type: 'region', label: { 'zh-CN': '所在城市', en: 'City' } },
        { id: 'place', type: 'address', label: { 'zh-CN': '具体位置', en: 'Exact place' }, hint: { 'zh-CN': '如：和平区南京南街与十四纬路交叉口东北角', en: 'For example, the north-east corner of a crossing' }, maxLength: 120 },
      ],
    },
    {
      id: 'details',
      title: { 'zh-CN': '描述问题', en: 'Describe the problem' },
      items: ['report'],
      fields: [
        { id: 'category', type: 'select', label: { 'zh-CN': '问题类型', en: 'Kind of problem' }, options: [
          category('road-damage', '道路破损', 'Damaged road'), category('manhole', '井盖缺失或破损', 'Missing or broken manhole cover'),
          category('rubbish', '垃圾堆放', 'Rubbish'), category('street-light', '路灯损坏', 'Broken street light'),
          category('street-vending', '占道经营', 'Blocked pavement'), category('illegal-parking', '违章停车', 'Illegal parking'),
          category('noise', '噪声扰民', 'Noise'), category('other', '其他', 'Something else')] },
        { id: 'otherCategory', type: 'text', label: { 'zh-CN': '请说明问题类型', en: 'What kind of problem?' }, maxLength: 20, visibleWhen: { field: 'category', equals: 'other' } },
        { id: 'description', type: 'text', multiline: true, label: { 'zh-CN': '问题描述', en: 'Description' }, minLength: 10, maxLength: 500,
          messages: { minLength: { 'zh-CN': '请至少用 10 个字描述问题，方便部门核实', en: 'Please use at least 10 characters so the department can check it' } } },
        { id: 'contactPhone', type: 'phone', label: { 'zh-CN': '联系电话', en: 'Phone number' }, required: false,
          hint: { 'zh-CN': '选填，用于反馈处理结果', en: 'Optional: to tell you the outcome' }, prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
      ],
    },
  ],
  stages: [
    { id: 'discovery', label: { 'zh-CN': '问题发现', en: 'Reported' }, hint: { 'zh-CN': '您的反映已受理', en: 'Your report was received' } },
    { id: 'verification', label: { 'zh-CN': '核实', en: 'Verified' }, hint: { 'zh-CN': '热线核实问题并派单', en: 'The hotline checks it and assigns it' } },
    { id: 'rectification', label: { 'zh-CN': '整改', en: 'Being fixed' }, hint: { 'zh-CN': '责任部门限时整改', en: 'The department fixes it' } },
    { id: 'feedback', label: { 'zh-CN': '反馈', en: 'Reported back' }, hint: { 'zh-CN': '向您反馈整改结果', en: 'You are told what was done' } },
    { id: 'rated', label: { 'zh-CN': '评价', en: 'Rated' }, hint: { 'zh-CN': '您对处理结果作出评价', en: 'You rate the response' } },
  ],
} satisfies ScenarioDefinition
