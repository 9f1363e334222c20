import type { ScenarioDefinition } from '@sdk'

const station = (value: string, zh: string, en: string) => ({ value, label: { 'zh-CN': zh, en } })

/**
 * 居住证申领, Liaoning's "on the spot" reform: the resident sends the
 * materials ahead, and the police-station window issues the permit in 5 to
 * 20 minutes. The stages are what the backend reports as progress.
 */
export const scenario = {
  id: 'residence-permit',
  version: '1.0.0',
  title: { 'zh-CN': '居住证申领', en: 'Apply for a residence permit' },
  summary: {
    'zh-CN': '在辽宁居住满半年并有合法稳定就业、住所或连续就读的，可申领居住证。材料网上预审，到选定的派出所窗口当场办结。',
    en: 'If you have lived in Liaoning for six months with a stable job, home or school place, you can apply. Your documents are checked online first and the permit is issued on the spot at the police station you choose.',
  },
  audience: 'individual',
  level: 'L2',
  subject: { kind: 'self' },
  whatHappensNext: {
    'zh-CN': '派出所将在 1 个工作日内完成材料预审并短信通知您。请携带身份证原件到您选择的派出所窗口，现场核验后 5 至 20 分钟即可领取居住证。',
    en: 'The police station checks your documents within one working day and texts you. Bring your ID card to the window of the station you chose: after a check there, the permit is ready in 5 to 20 minutes.',
  },
  timeLimit: { min: 5, max: 20, unit: 'minutes', note: { 'zh-CN': '材料齐全，窗口当场办结', en: 'At the window, once your documents are complete' } },
  items: [
    { id: 'residence-permit', name: { 'zh-CN': '居住证申领', en: 'Residence permit' }, department: { 'zh-CN': '辽宁省公安厅', en: 'Liaoning Public Security Department' } },
  ],
  steps: [
    {
      id: 'applicant',
      title: { 'zh-CN': '确认申请人信息', en: 'Confirm your details' },
      items: ['residence-permit'],
      fields: [
        { id: 'name', type: 'text', label: { 'zh-CN': '姓名', en: 'Name' }, maxLength: 20, prefill: { from: 'identity', attribute: 'name', scope: 'profile.name' } },
        { id: 'idNumber', type: 'id-number', label: { 'zh-CN': '身份证号', en: 'ID number' }, prefill: { from: 'identity', attribute: 'idNumber', scope: 'profile.idNumber' } },
        { id: 'phone', type: 'phone', label: { 'zh-CN': '手机号', en: 'Mobile number' }, prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
        { id: 'hometown', type: 'text', label: { 'zh-CN': '户籍地址', en: 'Registered home address' }, hint: { 'zh-CN': '身份证上的住址', en: 'As on your ID card' }, maxLength: 100 },
      ],
    },
    {
      id: 'residence',
      title: { 'zh-CN': '填写居住信息', en: 'Tell us where you live' },
      items: ['residence-permit'],
      fields: [
        { id: 'residenceRegion', type: 'region', label: { 'zh-CN': '居住城市', en: 'City you live in' } },
        { id: 'residenceAddress', type: 'address', label: { 'zh-CN': '居住详细地址', en: 'Address' } },
        { id: 'livingSince', type: 'date', label: { 'zh-CN': '开始居住日期', en: 'Living there since' }, latest: { daysFromToday: -180 },
          messages: { latest: { 'zh-CN': '居住满半年后才能申领居住证', en: 'You can apply after living there for six months' } } },
        { id: 'basis', type: 'select', label: { 'zh-CN': '申领条件', en: 'You qualify through' }, options: [
          { value: 'employment', label: { 'zh-CN': '合法稳定就业', en: 'A stable job' } },
          { value: 'housing', label: { 'zh-CN': '合法稳定住所', en: 'A stable home' } },
          { value: 'study', label: { 'zh-CN': '连续就读', en: 'Full-time study' } }] },
        { id: 'employer', type: 'text', label: { 'zh-CN': '工作单位', en: 'Employer' }, maxLength: 60, visibleWhen: { field: 'basis', equals: 'employment' } },
        { id: 'school', type: 'text', label: { 'zh-CN': '就读学校', en: 'School' }, maxLength: 60, visibleWhen: { field: 'basis', equals: 'study' } },
      ],
    },
    {
      id: 'documents',
      title: { 'zh-CN': '上传材料', en: 'Upload documents' },
      items: ['residence-permit'],
      after: ['residence'],
      materials: ['id-card', 'portrait', 'employment-proof', 'housing-proof', 'study-proof'],
    },
    {
      id: 'pickup',
      title: { 'zh-CN': '选择领证派出所', en: 'Choose where to collect' },
      items: ['residence-permit'],
      after: ['residence'],
      fields: [
        { id: 'policeStation', type: 'select', label: { 'zh-CN': '领证派出所', en: 'Police station' }, hint: { 'zh-CN': '请选择居住地附近的派出所', en: 'Choose one near where you live' }, options: [
          station('sy-heping-nanhu', '沈阳市公安局和平分局南湖派出所', 'Nanhu Station, Heping, Shenyang'),
          station('sy-shenhe-wulihe', '沈阳市公安局沈河分局五里河派出所', 'Wulihe Station, Shenhe, Shenyang'),
          station('sy-hunnan-hunhe', '沈阳市公安局浑南分局浑河站派出所', 'Hunhezhan Station, Hunnan, Shenyang'),
          station('dl-zhongshan-taoyuan', '大连市公安局中山分局桃源派出所', 'Taoyuan Station, Zhongshan, Dalian'),
          station('dl-ganjingzi-zhoushuizi', '大连市公安局甘井子分局周水子派出所', 'Zhoushuizi Station, Ganjingzi, Dalian'),
          station('as-tiedong-shengli', '鞍山市公安局铁东分局胜利派出所', 'Shengli Station, Tiedong, Anshan')] },
      ],
    },
  ],
  materials: [
    { id: 'id-card', name: { 'zh-CN': '居民身份证', en: 'ID card' }, hint: { 'zh-CN': '正反面各一张', en: 'Front and back' },
      items: ['residence-permit'], kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 2 },
    { id: 'portrait', name: { 'zh-CN': '近期免冠证件照', en: 'Recent passport-style photo' }, hint: { 'zh-CN': '白色背景，不戴帽子和眼镜', en: 'White background, no hat or glasses' },
      items: ['residence-permit'], kind: 'photo', accept: ['image/jpeg'], maxSizeKb: 2048 },
    { id: 'employment-proof', name: { 'zh-CN': '劳动合同或营业执照', en: 'Employment contract or business licence' },
      items: ['residence-permit'], neededWhen: { field: 'basis', equals: 'employment' }, kind: 'file', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 3 },
    { id: 'housing-proof', name: { 'zh-CN': '房屋产权证明或租赁合同', en: 'Deed or tenancy agreement' },
      items: ['residence-permit'], neededWhen: { field: 'basis', equals: 'housing' }, kind: 'file', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 3 },
    { id: 'study-proof', name: { 'zh-CN': '学生证或在读证明', en: 'Student card or proof of study' },
      items: ['residence-permit'], neededWhen: { field: 'basis', equals: 'study' }, kind: 'photo', accept: ['image/jpeg', 'image/png', 'application/pdf'], maxSizeKb: 5120 },
  ],
  stages: [
    { id: 'submitted', label: { 'zh-CN': '已提交', en: 'Submitted' } },
    { id: 'pre-checked', label: { 'zh-CN': '材料预审', en: 'Documents checked' } },
    { id: 'at-window', label: { 'zh-CN': '窗口核验', en: 'Checked at the window' } },
    { id: 'issued', label: { 'zh-CN': '制证发放', en: 'Issued' } },
  ],
} satisfies ScenarioDefinition
