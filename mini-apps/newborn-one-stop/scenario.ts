import type { ScenarioDefinition } from '@sdk'

const yesNo = [
  { value: 'yes', label: { 'zh-CN': '是', en: 'Yes' } },
  { value: 'no', label: { 'zh-CN': '否', en: 'No' } },
]
const parent = [
  { value: 'mother', label: { 'zh-CN': '母亲', en: 'Mother' } },
  { value: 'father', label: { 'zh-CN': '父亲', en: 'Father' } },
]

/**
 * 新生儿出生"一件事": four departments' items in one form, done by a parent
 * for the child through the family feature. The shared materials are
 * uploaded once even where several items need them.
 */
export const scenario = {
  id: 'newborn-one-stop',
  version: '1.0.0',
  title: { 'zh-CN': '新生儿出生"一件事"', en: 'Register a newborn (one-stop)' },
  summary: {
    'zh-CN': '一次填报、一套材料，同时办理出生医学证明、户口登记、城乡居民医保参保和社会保障卡申领。',
    en: "One form and one set of documents for your baby's birth certificate, household registration, medical insurance and social-security card.",
  },
  audience: 'individual',
  level: 'L2',
  subject: { kind: 'family-member', relations: ['child'] },
  whatHappensNext: {
    'zh-CN': '卫健、公安、医保、人社四个部门将同步审核。审核通过后，出生医学证明和户口簿将通知您到窗口领取或邮寄送达，医保和社保卡办理结果会发送到“我的办件”。您可以在“我的办件”中查看每个部门的进度。',
    en: "The health, police, medical insurance and social security departments review your application together. Once approved, you will be told how to collect the birth certificate and household register; the insurance and card results appear in My applications, where you can follow each department's progress.",
  },
  timeLimit: { max: 5, unit: 'working-days' },
  items: [
    { id: 'birth-certificate', name: { 'zh-CN': '出生医学证明', en: 'Birth medical certificate' }, department: { 'zh-CN': '辽宁省卫生健康委员会', en: 'Liaoning Health Commission' } },
    { id: 'household-registration', name: { 'zh-CN': '出生户口登记', en: 'Household registration' }, department: { 'zh-CN': '辽宁省公安厅', en: 'Liaoning Public Security Department' } },
    { id: 'medical-insurance', name: { 'zh-CN': '城乡居民医保参保登记', en: 'Medical insurance enrolment' }, department: { 'zh-CN': '辽宁省医疗保障局', en: 'Liaoning Healthcare Security Administration' } },
    { id: 'social-security-card', name: { 'zh-CN': '社会保障卡申领', en: 'Social-security card' }, department: { 'zh-CN': '辽宁省人力资源和社会保障厅', en: 'Liaoning Human Resources and Social Security Department' } },
  ],
  steps: [
    {
      id: 'child',
      title: { 'zh-CN': '填写新生儿信息', en: "Enter your baby's details" },
      items: ['birth-certificate', 'household-registration', 'medical-insurance', 'social-security-card'],
      fields: [
        { id: 'childName', type: 'text', label: { 'zh-CN': '新生儿姓名', en: "Baby's name" }, minLength: 2, maxLength: 20,
          prefill: { from: 'identity', of: 'subject', attribute: 'name', scope: 'family' } },
        { id: 'childSex', type: 'select', label: { 'zh-CN': '性别', en: 'Sex' }, options: [
          { value: 'male', label: { 'zh-CN': '男', en: 'Male' } }, { value: 'female', label: { 'zh-CN': '女', en: 'Female' } }] },
        { id: 'birthDate', type: 'date', label: { 'zh-CN': '出生日期', en: 'Date of birth' }, earliest: { daysFromToday: -365 }, latest: { daysFromToday: 0 },
          messages: { earliest: { 'zh-CN': '出生一年以上的，请到派出所窗口办理', en: 'For a child over one year old, apply at a police station' } } },
        { id: 'birthHospital', type: 'text', label: { 'zh-CN': '出生医院', en: 'Hospital of birth' }, maxLength: 60, items: ['birth-certificate'] },
        { id: 'birthWeight', type: 'number', label: { 'zh-CN': '出生体重', en: 'Birth weight' }, unit: { 'zh-CN': '克', en: 'g' }, min: 500, max: 7000, integer: true, items: ['birth-certificate'] },
      ],
    },
    {
      id: 'parents',
      title: { 'zh-CN': '填写父母信息', en: "Enter the parents' details" },
      items: ['birth-certificate', 'household-registration'],
      fields: [
        { id: 'applicantRole', type: 'select', label: { 'zh-CN': '您是新生儿的', en: 'You are the baby’s' }, options: parent },
        { id: 'applicantName', type: 'text', label: { 'zh-CN': '您的姓名', en: 'Your name' }, maxLength: 20, prefill: { from: 'identity', attribute: 'name', scope: 'profile.name' } },
        { id: 'applicantIdNumber', type: 'id-number', label: { 'zh-CN': '您的身份证号', en: 'Your ID number' }, prefill: { from: 'identity', attribute: 'idNumber', scope: 'profile.idNumber' } },
        { id: 'applicantPhone', type: 'phone', label: { 'zh-CN': '联系电话', en: 'Phone number' }, prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
        { id: 'otherParentName', type: 'text', label: { 'zh-CN': '另一方父母姓名', en: "The other parent's name" }, maxLength: 20 },
        { id: 'otherParentIdNumber', type: 'id-number', label: { 'zh-CN': '另一方父母身份证号', en: "The other parent's ID number" } },
        { id: 'parentsMarried', type: 'select', label: { 'zh-CN': '父母是否已登记结婚', en: 'Are the parents married?' }, options: yesNo },
      ],
    },
    {
      id: 'household',
      title: { 'zh-CN': '选择落户地址', en: 'Choose where to register' },
      items: ['household-registration'],
      after: ['parents'],
      fields: [
        { id: 'registerWith', type: 'select', label: { 'zh-CN': '随父亲或母亲落户', en: "Register with the father's or mother's household" }, options: parent },
        { id: 'householdRegion', type: 'region', label: { 'zh-CN': '落户城市', en: 'City of registration' } },
        { id: 'householdAddress', type: 'address', label: { 'zh-CN': '户籍详细地址', en: 'Registered address' },
          hint: { 'zh-CN': '与户口簿上的地址一致', en: 'As in the household register' } },
      ],
    },
    {
      id: 'insurance-and-card',
      title: { 'zh-CN': '办理医保和社保卡', en: 'Set up insurance and the card' },
      items: ['medical-insurance', 'social-security-card'],
      after: ['household'],
      fields: [
        { id: 'insuranceRegion', type: 'region', label: { 'zh-CN': '参保城市', en: 'City of insurance' }, prefill: { from: 'answer', field: 'householdRegion' } },
        { id: 'cardBank', type: 'select', label: { 'zh-CN': '社保卡合作银行', en: 'Bank for the card' }, items: ['social-security-card'], options: [
          { value: 'icbc', label: { 'zh-CN': '中国工商银行', en: 'ICBC' } },
          { value: 'ccb', label: { 'zh-CN': '中国建设银行', en: 'China Construction Bank' } },
          { value: 'boc', label: { 'zh-CN': '中国银行', en: 'Bank of China' } },
          { value: 'shengjing', label: { 'zh-CN': '盛京银行', en: 'Shengjing Bank' } }] },
        { id: 'cardDelivery', type: 'select', label: { 'zh-CN': '社保卡领取方式', en: 'How to get the card' }, items: ['social-security-card'], options: [
          { value: 'branch', label: { 'zh-CN': '到银行网点领取', en: 'Collect at a bank branch' } },
          { value: 'post', label: { 'zh-CN': '邮寄到家（免费）', en: 'Post it to me (free)' } }] },
        { id: 'deliveryAddress', type: 'address', label: { 'zh-CN': '邮寄地址', en: 'Postal address' }, items: ['social-security-card'],
          visibleWhen: { field: 'cardDelivery', equals: 'post' }, prefill: { from: 'answer', field: 'householdAddress' } },
      ],
    },
    {
      id: 'documents',
      title: { 'zh-CN': '上传材料', en: 'Upload documents' },
      items: ['birth-certificate', 'household-registration', 'medical-insurance', 'social-security-card'],
      after: ['parents'],
      materials: ['parents-id-cards', 'marriage-certificate', 'unmarried-statement', 'household-register', 'child-photo'],
    },
  ],
  materials: [
    { id: 'parents-id-cards', name: { 'zh-CN': '父母双方身份证', en: "Both parents' ID cards" }, hint: { 'zh-CN': '正反面各一张', en: 'Front and back of each' },
      items: ['birth-certificate', 'household-registration', 'medical-insurance'], kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 4 },
    { id: 'marriage-certificate', name: { 'zh-CN': '结婚证', en: 'Marriage certificate' }, items: ['birth-certificate', 'household-registration'],
      neededWhen: { field: 'parentsMarried', equals: 'yes' }, kind: 'photo', accept: ['image/jpeg', 'image/png', 'application/pdf'], maxSizeKb: 5120, maxFiles: 2 },
    { id: 'unmarried-statement', name: { 'zh-CN': '非婚生育情况说明', en: 'Statement for unmarried parents' }, items: ['household-registration'],
      neededWhen: { field: 'parentsMarried', equals: 'no' }, kind: 'file', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 5120 },
    { id: 'household-register', name: { 'zh-CN': '落户方户口簿', en: 'Household register' }, hint: { 'zh-CN': '户主页和本人页', en: "The head's page and your own page" },
      items: ['household-registration'], kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 2 },
    { id: 'child-photo', name: { 'zh-CN': '新生儿照片', en: "Baby's photo" }, hint: { 'zh-CN': '白色背景，露出五官', en: 'On a white background, face clearly visible' },
      items: ['social-security-card'], kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 2048 },
  ],
} satisfies ScenarioDefinition
