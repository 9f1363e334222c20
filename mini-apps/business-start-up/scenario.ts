import type { ScenarioDefinition } from '@sdk'

const option = (value: string, zh: string, en: string) => ({ value, label: { 'zh-CN': zh, en } })
const yesNo = [option('yes', '是', 'Yes'), option('no', '否', 'No')]
const registration = ['registration']

/**
 * 企业开办"一件事": five items of four departments. The founder applies for
 * a company that has no USCC yet; a corporate shareholder is an existing
 * entity, so its USCC is checked (GB 32100) before anything is sent.
 */
export const scenario = {
  id: 'business-start-up',
  version: '1.0.0',
  title: { 'zh-CN': '企业开办"一件事"', en: 'Start a business (one-stop)' },
  summary: {
    'zh-CN': '一次填报，同时办理企业名称申报、设立登记、公章刻制、发票申领和单位参保登记，全程网办，免费刻制首套印章。',
    en: 'One application for the company name, registration, seals, invoices and the social-security account, all online, with the first set of seals free.',
  },
  audience: 'enterprise',
  level: 'L3',
  subject: { kind: 'self' },
  whatHappensNext: {
    'zh-CN': '市场监管部门核准登记后，将发放电子营业执照；公安部门备案的刻章企业将制作印章并通知领取；税务和人社部门同步完成涉税事项和单位参保登记。各部门进度可在“我的办件”中查看。',
    en: 'Once the registration is approved you receive an electronic business licence; the seal maker you chose makes the seals and tells you when to collect them; tax and social security are set up at the same time. Follow each part in My applications.',
  },
  timeLimit: { max: 1, unit: 'working-days', note: { 'zh-CN': '材料齐全、符合法定形式的', en: 'When the documents are complete and in order' } },
  items: [
    { id: 'name-check', name: { 'zh-CN': '企业名称自主申报', en: 'Company name check' }, department: { 'zh-CN': '辽宁省市场监督管理局', en: 'Liaoning Administration for Market Regulation' } },
    { id: 'registration', name: { 'zh-CN': '企业设立登记', en: 'Company registration' }, department: { 'zh-CN': '辽宁省市场监督管理局', en: 'Liaoning Administration for Market Regulation' } },
    { id: 'seal', name: { 'zh-CN': '公章刻制备案', en: 'Company seals' }, department: { 'zh-CN': '辽宁省公安厅', en: 'Liaoning Public Security Department' } },
    { id: 'tax', name: { 'zh-CN': '涉税事项及发票申领', en: 'Tax registration and invoices' }, department: { 'zh-CN': '国家税务总局辽宁省税务局', en: 'Liaoning Provincial Tax Service' } },
    { id: 'social-security-account', name: { 'zh-CN': '单位参保登记', en: 'Social-security account' }, department: { 'zh-CN': '辽宁省人力资源和社会保障厅', en: 'Liaoning Human Resources and Social Security Department' } },
  ],
  steps: [
    {
      id: 'name',
      title: { 'zh-CN': '申报企业名称', en: 'Choose the company name' },
      items: ['name-check'],
      fields: [
        { id: 'nameRegion', type: 'region', label: { 'zh-CN': '名称中的行政区划', en: 'Place in the name' } },
        { id: 'tradeName', type: 'text', label: { 'zh-CN': '字号', en: 'Trade name' }, hint: { 'zh-CN': '2 至 10 个汉字，如“星海”', en: '2 to 10 Chinese characters' },
          pattern: { regex: '^[\\u4e00-\\u9fa5]{2,10}$', message: { 'zh-CN': '字号应为 2 至 10 个汉字', en: 'The trade name must be 2 to 10 Chinese characters' } } },
        { id: 'industry', type: 'text', label: { 'zh-CN': '行业表述', en: 'Industry' }, hint: { 'zh-CN': '如“软件开发”', en: 'For example, software development' }, maxLength: 20 },
        { id: 'organisationForm', type: 'select', label: { 'zh-CN': '组织形式', en: 'Type of company' }, options: [
          option('llc', '有限责任公司', 'Limited liability company'), option('joint-stock', '股份有限公司', 'Company limited by shares'),
          option('sole', '个人独资企业', 'Sole proprietorship'), option('partnership', '合伙企业', 'Partnership')] },
      ],
    },
    {
      id: 'registration',
      title: { 'zh-CN': '填写设立登记信息', en: 'Enter registration details' },
      items: registration,
      after: ['name'],
      fields: [
        { id: 'registeredCapital', type: 'number', label: { 'zh-CN': '注册资本', en: 'Registered capital' }, unit: { 'zh-CN': '万元', en: '×10,000 yuan' }, min: 1, max: 1000000 },
        { id: 'businessScope', type: 'text', multiline: true, label: { 'zh-CN': '经营范围', en: 'Business scope' }, minLength: 4, maxLength: 500 },
        { id: 'premisesRegion', type: 'region', label: { 'zh-CN': '住所所在城市', en: 'City of the premises' } },
        { id: 'premisesAddress', type: 'address', label: { 'zh-CN': '住所详细地址', en: 'Address of the premises' } },
        { id: 'legalRepName', type: 'text', label: { 'zh-CN': '法定代表人姓名', en: 'Legal representative' }, maxLength: 20, prefill: { from: 'identity', attribute: 'name', scope: 'profile.name' } },
        { id: 'legalRepIdNumber', type: 'id-number', label: { 'zh-CN': '法定代表人身份证号', en: "Legal representative's ID number" }, prefill: { from: 'identity', attribute: 'idNumber', scope: 'profile.idNumber' } },
        { id: 'legalRepPhone', type: 'phone', label: { 'zh-CN': '联系电话', en: 'Phone number' }, prefill: { from: 'identity', attribute: 'phone', scope: 'profile.phone' } },
      ],
    },
    {
      id: 'shareholders',
      title: { 'zh-CN': '填写股东信息', en: 'Add the shareholders' },
      items: registration,
      after: ['name'],
      visibleWhen: { field: 'organisationForm', in: ['llc', 'joint-stock', 'partnership'] },
      fields: [
        { id: 'hasCorporateShareholder', type: 'select', label: { 'zh-CN': '是否有企业股东', en: 'Is a company a shareholder?' }, options: yesNo },
        { id: 'corporateShareholderName', type: 'text', label: { 'zh-CN': '企业股东名称', en: "Shareholder company's name" }, maxLength: 60,
          visibleWhen: { field: 'hasCorporateShareholder', equals: 'yes' } },
        { id: 'corporateShareholderUscc', type: 'uscc', label: { 'zh-CN': '企业股东统一社会信用代码', en: "Shareholder company's USCC" },
          hint: { 'zh-CN': '营业执照上的 18 位代码', en: 'The 18 characters on its business licence' }, visibleWhen: { field: 'hasCorporateShareholder', equals: 'yes' } },
        { id: 'corporateShareholderPercent', type: 'number', label: { 'zh-CN': '企业股东持股比例', en: "Shareholder company's stake" }, unit: { 'zh-CN': '%', en: '%' }, min: 0.01, max: 100,
          visibleWhen: { field: 'hasCorporateShareholder', equals: 'yes' } },
      ],
    },
    {
      id: 'seal',
      title: { 'zh-CN': '选择印章刻制', en: 'Order the seals' },
      items: ['seal'],
      after: ['registration'],
      fields: [
        { id: 'sealSet', type: 'select', label: { 'zh-CN': '印章套餐', en: 'Set of seals' }, options: [
          option('standard', '公章、财务章、发票专用章（免费）', 'Company, finance and invoice seals (free)'),
          option('with-contract', '另加合同专用章', 'Add a contract seal')] },
        { id: 'sealMaker', type: 'select', label: { 'zh-CN': '刻章企业', en: 'Seal maker' }, hint: { 'zh-CN': '公安机关备案的刻章企业', en: 'Makers registered with the police' }, options: [
          option('sy-jinyin', '沈阳金印刻字社', 'Jinyin Seals, Shenyang'), option('dl-hongtai', '大连宏泰印章有限公司', 'Hongtai Seals, Dalian'),
          option('as-xinda', '鞍山信达印章服务部', 'Xinda Seals, Anshan')] },
      ],
    },
    {
      id: 'tax',
      title: { 'zh-CN': '办理涉税事项', en: 'Set up tax and invoices' },
      items: ['tax'],
      after: ['registration'],
      fields: [
        { id: 'taxpayerType', type: 'select', label: { 'zh-CN': '纳税人类型', en: 'Taxpayer type' }, options: [
          option('small-scale', '小规模纳税人', 'Small-scale taxpayer'), option('general', '一般纳税人', 'General taxpayer')] },
        { id: 'needsInvoices', type: 'select', label: { 'zh-CN': '是否申领发票', en: 'Do you need invoices?' }, options: yesNo },
        { id: 'invoiceType', type: 'select', label: { 'zh-CN': '发票种类', en: 'Kind of invoice' }, visibleWhen: { field: 'needsInvoices', equals: 'yes' }, options: [
          option('e-ordinary', '增值税电子普通发票', 'Electronic ordinary VAT invoice'), option('e-special', '增值税电子专用发票', 'Electronic special VAT invoice')] },
        { id: 'financeContact', type: 'text', label: { 'zh-CN': '财务负责人', en: 'Finance contact' }, maxLength: 20 },
        { id: 'financePhone', type: 'phone', label: { 'zh-CN': '财务负责人电话', en: "Finance contact's phone" } },
      ],
    },
    {
      id: 'social-security',
      title: { 'zh-CN': '办理单位参保登记', en: 'Open the social-security account' },
      items: ['social-security-account'],
      after: ['registration'],
      fields: [
        { id: 'employees', type: 'number', label: { 'zh-CN': '参保职工人数', en: 'Employees to insure' }, unit: { 'zh-CN': '人', en: 'people' }, min: 0, max: 100000, integer: true },
        { id: 'insuredFrom', type: 'date', label: { 'zh-CN': '参保起始日期', en: 'Insured from' }, earliest: { daysFromToday: -31 }, latest: { daysFromToday: 365 } },
      ],
    },
    {
      id: 'documents',
      title: { 'zh-CN': '上传材料', en: 'Upload documents' },
      items: ['registration', 'seal', 'tax'],
      after: ['registration'],
      materials: ['legal-rep-id', 'premises-proof', 'articles', 'shareholder-licence'],
    },
  ],
  materials: [
    { id: 'legal-rep-id', name: { 'zh-CN': '法定代表人身份证', en: "Legal representative's ID card" }, hint: { 'zh-CN': '正反面各一张', en: 'Front and back' },
      items: ['registration', 'seal', 'tax'], kind: 'photo', accept: ['image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 2 },
    { id: 'premises-proof', name: { 'zh-CN': '住所使用证明', en: 'Proof of premises' }, hint: { 'zh-CN': '房屋产权证明或租赁合同', en: 'Deed or lease' },
      items: registration, kind: 'file', accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 10240, maxFiles: 3 },
    { id: 'articles', name: { 'zh-CN': '公司章程', en: 'Articles of association' }, items: registration,
      neededWhen: { field: 'organisationForm', in: ['llc', 'joint-stock'] }, kind: 'file', accept: ['application/pdf'], maxSizeKb: 10240 },
    { id: 'shareholder-licence', name: { 'zh-CN': '企业股东营业执照', en: "Shareholder company's business licence" }, items: registration,
      // The shareholders step is hidden for a sole proprietorship, and a hidden answer never counts.
      neededWhen: { field: 'hasCorporateShareholder', equals: 'yes' },
      kind: 'photo', accept: ['image/jpeg', 'image/png', 'application/pdf'], maxSizeKb: 5120 },
  ],
} satisfies ScenarioDefinition
