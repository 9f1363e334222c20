import type { Theme } from './types'

/** Themes of money, business and daily utilities, and the one-stop scenarios (一件事一次办). */
export const BUSINESS_THEMES: readonly Theme[] = [
  {
    key: 'tax',
    zh: '税务',
    en: 'Tax',
    category: 'tax',
    materials: ['营业执照', '纳税申报表', '财务报表', '银行卡'],
    subjects: [
      ['iit', '个人所得税', 'individual income tax', 'tax', 'province', 4, '=个人所得税年度汇算/Annual individual income tax reconciliation|=个人所得税专项附加扣除填报/Declare special additional deductions|=个人所得税纳税记录开具/Issue an income tax record|=个人所得税退税进度查询/Income tax refund progress enquiry'],
      ['invoices', '发票', 'invoice', 'tax', 'city', 3, '=发票领用/Obtain invoices|=发票真伪查验/Verify an invoice|=电子发票开具/Issue an e-invoice|=发票遗失报告/Report lost invoices'],
      ['tax-registration', '税务登记', 'tax registration', 'tax', 'district', 2, '=税务登记信息变更/Change tax registration details|=注销税务登记/Deregister for tax|=一般纳税人登记/Register as a general taxpayer|=跨区域涉税事项报告/Report cross-region tax matters'],
      ['vehicle-tax', '车船税', 'vehicle and vessel tax', 'tax', 'city', 1, '缴纳|=车辆购置税缴纳/Pay vehicle purchase tax|=车辆购置税完税证明查询/Vehicle purchase tax receipt enquiry'],
      ['property-tax', '财产和行为税', 'property and transaction taxes', 'tax', 'city', 1, '=房产税申报/Declare property tax|=契税申报/Declare deed tax|=城镇土地使用税申报/Declare urban land use tax|=印花税申报/Declare stamp duty'],
      ['contributions', '社保费', 'social insurance contributions', 'tax', 'city', 3, '=城乡居民社保费缴纳/Pay residents’ social insurance contributions|=灵活就业人员社保费缴纳/Pay social insurance as a flexible worker|=社保费缴费证明开具/Certificate of social insurance payments'],
      ['corporate-tax', '企业纳税', 'corporate tax', 'tax', 'city', 2, '=增值税申报/Declare value-added tax|=企业所得税申报/Declare corporate income tax|=税收优惠备案/File a tax incentive|=纳税信用等级查询/Tax credit rating enquiry'],
    ],
  },
  {
    key: 'enterprise',
    zh: '企业开办',
    en: 'Starting a business',
    category: 'enterprise',
    materials: ['营业执照', '法定代表人身份证明', '公司章程', '经营场所证明'],
    subjects: [
      ['company', '企业', 'company', 'market', 'city', 3, '设立登记|变更登记|注销登记|=企业名称自主申报/Reserve a company name|=企业年度报告公示/Publish a company annual report|=企业信用信息查询/Company credit enquiry'],
      ['sole-trader', '个体工商户', 'individual business', 'market', 'district', 3, '设立登记|变更登记|注销登记|=个体工商户年度报告/Annual report of an individual business'],
      ['food', '食品经营', 'food business', 'market', 'district', 2, '许可|=食品经营许可变更/Change a food business licence|=食品经营许可延续/Renew a food business licence|=小餐饮登记/Register a small eatery'],
      ['seals', '公章刻制', 'company seals', 'police', 'city', 1, '=公章刻制备案/File a company seal|=公章刻制单位查询/Find a licensed seal maker'],
      ['drugs', '药品医疗器械', 'drugs and medical devices', 'market', 'city', 1, '=药品零售企业许可/Licence a pharmacy|=第二类医疗器械经营备案/File the sale of class II medical devices|=药品经营许可证变更/Change a drug trading licence'],
      ['construction', '工程建设', 'construction projects', 'housing', 'city', 1, '=建设工程规划许可证核发/Issue a construction planning permit|=建筑工程施工许可证核发/Issue a building permit|=建设工程竣工验收备案/File completion acceptance|=施工图审查/Construction drawing review'],
      ['ip', '知识产权', 'intellectual property', 'market', 'province', 1, '=商标注册申请受理/Trademark application|=专利费用减缴备案/File a patent fee reduction|=知识产权质押登记/Register an intellectual property pledge|=地理标志产品保护申请/Apply for geographical indication protection'],
      ['credit', '信用修复', 'credit repair', 'business', 'province', 1, '=行政处罚信息信用修复/Repair credit after a penalty|=公共信用信息报告查询/Public credit report enquiry|=企业经营异常名录移出/Remove a company from the abnormal operations list'],
      ['environment', '环境影响评价', 'environmental impact assessment', 'ecology', 'city', 1, '=环境影响评价文件审批/Approve an environmental impact report|=排污许可证申领/Apply for a pollutant discharge permit|=建设项目环境影响登记表备案/File an environmental impact registration form'],
    ],
  },
  {
    key: 'utilities',
    zh: '水电气暖',
    en: 'Water, power, gas and heating',
    category: 'utilities',
    materials: ['不动产权证书', '用户编号', '居民身份证'],
    subjects: [
      ['water', '用水', 'water supply', 'water', 'city', 4, '报装|=水费缴纳/Pay a water bill|=水费查询/Water bill enquiry|=用水过户/Transfer a water account|=用水故障报修/Report a water fault|=停水公告查询/Water outage notices'],
      ['power', '用电', 'electricity', 'power', 'city', 4, '报装|=电费缴纳/Pay an electricity bill|=电费查询/Electricity bill enquiry|=用电过户/Transfer an electricity account|=用电故障报修/Report a power fault|=停电公告查询/Power outage notices|=居民峰谷电价变更/Switch to time-of-use tariffs'],
      ['gas', '燃气', 'gas', 'gas', 'city', 3, '报装|=燃气费缴纳/Pay a gas bill|=燃气费查询/Gas bill enquiry|=燃气过户/Transfer a gas account|=燃气安全检查预约/Book a gas safety check|=燃气故障报修/Report a gas fault'],
      ['heating', '供暖', 'heating', 'heating', 'city', 3, '=供暖费缴纳/Pay a heating bill|=供暖费查询/Heating bill enquiry|=供暖报停申请/Suspend heating|=供暖温度投诉/Complain about indoor temperature|=供暖开栓申请/Restore heating'],
      ['cable-tv', '有线电视', 'cable television', 'culture', 'city', 1, '=有线电视开户/Open a cable TV account|=有线电视缴费/Pay for cable TV|=有线电视过户/Transfer a cable TV account'],
    ],
  },
  {
    key: 'culture',
    zh: '文化旅游',
    en: 'Culture and tourism',
    materials: ['居民身份证', '近期免冠照片'],
    subjects: [
      ['tourism', '旅游服务', 'tourism', 'culture', 'province', 2, '=景区门票预约/Book scenic area tickets|=A级景区查询/Find A-rated scenic areas|=旅游投诉/Tourism complaint|=导游证查询/Tour guide licence enquiry|=旅行社查询/Travel agency enquiry'],
      ['libraries', '图书馆', 'libraries', 'culture', 'city', 1, '=读者证办理/Obtain a library card|=图书续借/Renew library books|=自习座位预约/Book a study seat'],
      ['sports', '体育健身', 'sports', 'sports', 'city', 1, '=体育场馆预约/Book a sports venue|=社会体育指导员证查询/Sports instructor certificate enquiry|=全民健身活动报名/Sign up for a fitness event'],
      ['museums', '博物馆与非遗', 'museums and heritage', 'culture', 'city', 1, '=博物馆参观预约/Book a museum visit|=非物质文化遗产项目查询/Intangible heritage enquiry|=文艺演出信息查询/Performance listings'],
    ],
  },
  {
    key: 'rural',
    zh: '农业农村',
    en: 'Agriculture and rural affairs',
    materials: ['土地承包经营权证', '户口簿', '银行卡'],
    subjects: [
      ['farm-subsidy', '惠农补贴', 'farm subsidies', 'agriculture', 'district', 1, '=耕地地力保护补贴发放查询/Farmland protection subsidy payment enquiry|=农机购置补贴申请/Apply for a farm machinery subsidy|=种粮农民一次性补贴查询/Grain farmer one-off subsidy enquiry'],
      ['land', '农村土地', 'rural land', 'agriculture', 'district', 1, '=土地承包经营权证变更/Change a land contract certificate|=土地经营权流转合同备案/File a land transfer contract|=农村宅基地申请/Apply for a rural homestead'],
      ['animals', '动物防疫', 'animal health', 'agriculture', 'city', 1, '=动物检疫合格证明开具/Issue an animal quarantine certificate|=动物诊疗许可证核发/Licence a veterinary clinic'],
      ['rural-housing', '农村住房', 'rural housing', 'housing', 'district', 1, '=农村危房改造申请/Apply for rural dilapidated house renovation|=农村住房建设审批/Approve a rural house build'],
      ['cooperatives', '农民专业合作社', 'farmer cooperative', 'market', 'district', 1, '设立登记|变更登记|注销登记'],
    ],
  },
  {
    key: 'one-stop',
    zh: '一件事一次办',
    en: 'One-stop services',
    materials: ['居民身份证', '户口簿', '营业执照'],
    subjects: [
      ['one-stop-personal', '个人一件事', 'one-stop services for individuals', 'business', 'city', 3, '=新生儿出生一件事/Newborn one-stop|=入学一件事/School entry one-stop|=就业一件事/Employment one-stop|=结婚生育一件事/Marriage and childbirth one-stop|=退休一件事/Retirement one-stop|=身后一件事/After a death one-stop|=残疾人服务一件事/Disability services one-stop|=军人退役一件事/Leaving the army one-stop|=二手房转移登记一件事/Second-hand home transfer one-stop|=公积金贷款购房一件事/Home purchase with a provident fund loan one-stop|=异地就医一件事/Medical care in another city one-stop|=社会救助一件事/Social assistance one-stop|=高龄老人服务一件事/Services for the very old one-stop|=灵活就业参保一件事/Insurance for flexible workers one-stop|=户口迁移一件事/Moving household registration one-stop|=二手车交易一件事/Used car sale one-stop|=教育入学资助一件事/School aid one-stop|=水电气网联合过户一件事/Joint utilities transfer one-stop|=失业保险待遇申领一件事/Unemployment benefit one-stop|=扶残助困一件事/Help for disabled and poor one-stop|=个人创业一件事/Starting up on your own one-stop'],
      ['one-stop-enterprise', '企业一件事', 'one-stop services for businesses', 'business', 'city', 2, '=企业开办一件事/Starting a company one-stop|=企业注销一件事/Closing a company one-stop|=企业信息变更一件事/Changing company details one-stop|=开餐馆一件事/Opening a restaurant one-stop|=开药店一件事/Opening a pharmacy one-stop|=开便利店一件事/Opening a convenience store one-stop|=开健身房一件事/Opening a gym one-stop|=开民宿一件事/Opening a guesthouse one-stop|=企业员工录用一件事/Hiring staff one-stop|=工程建设项目审批一件事/Construction project approval one-stop|=水电气网联合报装一件事/Joint utilities connection one-stop|=开办民营医院一件事/Opening a private hospital one-stop|=开办幼儿园一件事/Opening a kindergarten one-stop|=企业上市合规证明一件事/Listing compliance certificates one-stop'],
    ],
  },
]
