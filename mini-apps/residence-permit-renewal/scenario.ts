import type { ScenarioDefinition } from '@sdk'

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en })
const ITEM = ['renewal']

/**
 * 居住证换领、补领. The first permit is free; a renewed or replacement card
 * carries a 20 yuan card fee (居住证暂行条例, art. 18), paid online through
 * the payment shell once the application is in, so the resident only visits
 * the window to collect it.
 */
export const scenario = {
  id: 'residence-permit-renewal',
  version: '1.0.0',
  title: L('居住证换领、补领', 'Renew or replace a residence permit'),
  summary: L(
    '居住证损坏、丢失，或姓名、身份证号等登记内容变更的，可申请换领或补领新证。工本费 20 元在提交后网上缴纳。',
    'If your permit is damaged or lost, or its details have changed, apply for a new one. The 20 yuan card fee is paid online after you apply.',
  ),
  audience: 'individual',
  level: 'L2',
  subject: { kind: 'self' },
  fee: { amountFen: 2000, payee: L('辽宁省公安厅', 'Liaoning Public Security Department'), description: L('居住证工本费', 'Residence permit card fee') },
  whatHappensNext: L(
    '缴费成功后，派出所在 3 个工作日内制好新证并短信通知您，请携带身份证原件到您选择的派出所领取；原证件同时作废。',
    'Once the fee is paid, the police station makes the new permit within 3 working days and texts you. Collect it with your ID card at the station you chose; the old permit stops being valid.',
  ),
  timeLimit: { min: 1, max: 3, unit: 'working-days' },
  items: [{ id: 'renewal', name: L('居住证换领补领', 'Residence permit renewal'), department: L('辽宁省公安厅', 'Liaoning Public Security Department') }],
  steps: [
    {
      id: 'reason',
      title: L('申请原因', 'Why you need a new permit'),
      items: ITEM,
      fields: [
        { id: 'reason', type: 'select', label: L('申请原因', 'Reason'), options: [
          { value: 'lost', label: L('丢失补领', 'Lost') },
          { value: 'damaged', label: L('损坏换领', 'Damaged') },
          { value: 'changed', label: L('登记内容变更', 'Details changed') }] },
        { id: 'permitNumber', type: 'text', label: L('原居住证号码', 'Old permit number'), hint: L('不记得可不填', 'Leave it empty if you do not know it'), required: false, maxLength: 30,
          prefill: { from: 'certificate', certificate: 'residence-permit', attribute: 'number', scope: 'certificates' } },
        { id: 'change', type: 'text', label: L('变更内容', 'What changed'), maxLength: 100, visibleWhen: { field: 'reason', equals: 'changed' } },
      ],
    },
    {
      id: 'applicant',
      title: L('确认申请人信息', 'Confirm your details'),
      items: ITEM,
      fields: [
        { id: 'name', type: 'text', label: L('姓名', 'Name'), maxLength: 20, prefill: { from: 'identity', attribute: 'name', scope: 'profile.name' } },
        { id: 'idNumber', type: 'id-number', label: L('身份证号', 'ID number'), prefill: { from: 'identity', attribute: 'idNumber', scope: 'profile.idNumber' } },
        { id: 'phone', type: 'phone', label: L('手机号', 'Mobile number'), prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
      ],
    },
    { id: 'documents', title: L('上传材料', 'Upload documents'), items: ITEM, after: ['reason'], materials: ['photo', 'old-permit', 'change-proof'] },
    {
      id: 'collect',
      title: L('选择领证地点', 'Choose where to collect'),
      items: ITEM,
      fields: [
        { id: 'station', type: 'select', label: L('领证派出所', 'Police station'), options: [
          { value: 'sy-tiexi-xinghua', label: L('沈阳市公安局铁西分局兴华派出所', 'Xinghua Station, Tiexi, Shenyang') },
          { value: 'sy-huanggu-tawan', label: L('沈阳市公安局皇姑分局塔湾派出所', 'Tawan Station, Huanggu, Shenyang') },
          { value: 'dl-shahekou-xian', label: L('大连市公安局沙河口分局西安路派出所', 'Xi’an Road Station, Shahekou, Dalian') },
          { value: 'fs-xinfu-yongan', label: L('抚顺市公安局新抚分局永安派出所', 'Yong’an Station, Xinfu, Fushun') }] },
      ],
    },
  ],
  materials: [
    { id: 'photo', name: L('近期免冠证件照', 'Recent passport-style photo'), hint: L('白色背景', 'White background'), items: ITEM, kind: 'photo', accept: ['image/jpeg'], maxSizeKb: 2048 },
    { id: 'old-permit', name: L('原居住证照片', 'Photo of the old permit'), items: ITEM, neededWhen: { field: 'reason', equals: 'damaged' }, kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 2 },
    { id: 'change-proof', name: L('变更证明', 'Proof of the change'), hint: L('如户口簿变更页', 'Such as the changed page of your household register'), items: ITEM,
      neededWhen: { field: 'reason', equals: 'changed' }, kind: 'file', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 3 },
  ],
  stages: [
    { id: 'submitted', label: L('已提交', 'Submitted') },
    { id: 'paid', label: L('已缴费', 'Fee paid') },
    { id: 'made', label: L('制证', 'Being made') },
    { id: 'issued', label: L('已领证', 'Collected') },
  ],
} satisfies ScenarioDefinition
