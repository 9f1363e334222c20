import type { Theme } from './types'

/** Themes of civil status and public security: family, household registration, travel, welfare, legal help. */
export const CIVIC_THEMES: readonly Theme[] = [
  {
    key: 'family',
    zh: '婚育收养',
    en: 'Marriage, births and adoption',
    category: 'civil-affairs',
    materials: ['户口簿', '结婚证', '出生医学证明', '近期免冠照片'],
    subjects: [
      ['marriage', '婚姻登记', 'marriage registration', 'civil', 'district', 3, '=结婚登记/Marriage registration|=离婚登记/Divorce registration|=补领结婚证/Replace a marriage certificate|=补领离婚证/Replace a divorce certificate|=婚姻登记预约/Book a marriage registration|=婚姻登记记录证明/Certificate of marriage records|=涉外婚姻登记/Cross-border marriage registration'],
      ['births', '生育服务', 'birth services', 'health', 'district', 3, '=生育登记/Birth registration|=再生育申请/Apply for another child|=独生子女父母光荣证补办/Replace a one-child parents’ certificate|=计划生育家庭奖励扶助申请/Apply for family planning support'],
      ['newborn', '新生儿', 'newborn', 'police', 'district', 3, '=新生儿出生登记/Register a newborn’s residence|=新生儿重名查询/Newborn name popularity enquiry|=新生儿医保参保登记/Enrol a newborn in medical insurance'],
      ['adoption', '收养登记', 'adoption registration', 'civil', 'city', 1, '=收养登记/Adoption registration|=解除收养登记/Dissolve an adoption|=收养能力评估申请/Apply for an adoption assessment'],
      ['childcare', '托育服务', 'childcare', 'health', 'district', 1, '=托育机构备案/File a childcare centre|=托育机构查询/Find a childcare centre|=育儿补贴申领/Claim a childcare allowance'],
    ],
  },
  {
    key: 'hukou',
    zh: '户籍办理',
    en: 'Household registration',
    category: 'public-security',
    materials: ['户口簿', '居民身份证', '近期免冠照片', '户籍证明'],
    subjects: [
      ['hukou', '户口', 'household registration', 'police', 'district', 4, '迁入|迁出|=户口簿补领/Replace a household register|=户口簿换领/Renew a household register|=户籍证明开具/Issue a household registration certificate|=户口登记项目变更更正/Correct household registration details|=大中专学生户口迁移/Move a student’s household registration|=姓名变更登记/Register a change of name|=死亡人员户口注销/Deregister a deceased person|=出国（境）定居户口注销/Deregister on emigration'],
      ['id-card', '居民身份证', 'resident identity card', 'police', 'district', 5, '申领+|换领+|补领|=临时居民身份证申领/Apply for a temporary identity card|=居民身份证办理进度查询/Identity card progress enquiry|=电子身份证申领/Apply for an electronic identity card'],
      ['residence-permit', '居住证', 'residence permit', 'police', 'district', 3, '申领|签注|补领|换领'],
      ['record', '无犯罪记录证明', 'certificate of no criminal record', 'police', 'city', 3, '开具|=无犯罪记录证明核验/Verify a certificate of no criminal record'],
      ['settle', '落户', 'settling', 'police', 'city', 3, '=投靠亲属落户/Settle with relatives|=购房落户/Settle after buying a home|=高校毕业生落户/Settle as a graduate|=人才引进落户/Settle as recruited talent|=集体户口设立/Set up a collective household'],
      ['dogs', '养犬登记', 'dog registration', 'police', 'city', 1, '=犬只登记/Register a dog|=犬只登记证年审/Renew a dog registration|=犬只免疫证办理/Obtain a dog vaccination certificate'],
    ],
  },
  {
    key: 'travel',
    zh: '出入境',
    en: 'Exit and entry',
    category: 'public-security',
    materials: ['居民身份证', '近期免冠照片', '出入境证件'],
    subjects: [
      ['passport', '普通护照', 'ordinary passport', 'exitEntry', 'city', 3, '申领|换发+|补发|=护照加注/Passport observations'],
      ['hk-macao', '往来港澳通行证', 'exit-entry permit for Hong Kong and Macao', 'exitEntry', 'city', 3, '申领|换发+|补发|签注+'],
      ['taiwan', '往来台湾通行证', 'exit-entry permit for Taiwan', 'exitEntry', 'city', 2, '申领|换发|签注+'],
      ['ee-services', '出入境业务', 'exit-entry services', 'exitEntry', 'city', 2, '=出入境证件办理预约/Book an exit-entry appointment|=出入境证件办理进度查询/Exit-entry document progress enquiry|=出入境记录查询/Border crossing record enquiry|=出入境证件照片回执/Photo receipt for exit-entry documents|=出入境证件邮寄送达/Post exit-entry documents home'],
      ['foreigners', '外国人服务', 'services for foreigners', 'exitEntry', 'city', 1, '=外国人居留许可/Residence permit for foreigners|=外国人签证延期/Extend a foreigner’s visa|=外国人住宿登记/Accommodation registration for foreigners|=外国人工作许可/Work permit for foreigners'],
    ],
  },
  {
    key: 'welfare',
    zh: '民政服务',
    en: 'Civil affairs',
    category: 'civil-affairs',
    materials: ['户口簿', '收入证明', '残疾人证', '银行卡'],
    subjects: [
      ['dibao', '最低生活保障', 'minimum living allowance', 'civil', 'district', 3, '申请|发放查询|资格复核|=特困人员救助供养申请/Apply for support as a person in extreme poverty|=临时救助申请/Apply for temporary assistance|=低保边缘家庭认定/Recognition as a near-poor household'],
      ['elderly', '养老服务', 'elderly care', 'civil', 'district', 3, '=高龄津贴申领/Claim the old-age allowance|=老年人优待证办理/Obtain a senior citizen card|=居家养老服务补贴申请/Apply for a home care subsidy|=养老机构查询/Find a care home|=养老机构备案/File a care home|=老年人能力评估申请/Apply for an elderly ability assessment'],
      ['children', '儿童福利', 'child welfare', 'civil', 'city', 1, '=孤儿基本生活费申领/Claim living costs for orphans|=事实无人抚养儿童认定/Recognition of children without de facto carers|=困境儿童保障申请/Apply for support for children in difficulty'],
      ['disability', '残疾人服务', 'disability services', 'disabled', 'district', 2, '=残疾人证办理/Obtain a disability certificate|=残疾人证换领/Renew a disability certificate|=困难残疾人生活补贴申请/Apply for a living subsidy for disabled people|=重度残疾人护理补贴申请/Apply for a care subsidy for severe disability|=残疾人辅助器具适配/Fit assistive devices'],
      ['funeral', '殡葬服务', 'funeral services', 'civil', 'city', 2, '=惠民殡葬补贴申领/Claim a funeral subsidy|=遗体火化证明开具/Issue a cremation certificate|=公墓信息查询/Cemetery enquiry'],
      ['organisations', '社会组织', 'social organisations', 'civil', 'city', 1, '=社会团体成立登记/Register a social group|=民办非企业单位成立登记/Register a private non-profit|=社会组织年度检查/Annual inspection of a social organisation|=慈善组织认定/Recognition as a charity'],
      ['veterans', '退役军人', 'veterans', 'veterans', 'city', 2, '=退役军人优待证申领/Apply for a veteran’s preferential card|=退役士兵自主就业一次性经济补助/One-off grant for self-employed veterans|=优抚对象抚恤补助申请/Apply for survivor and disability benefits|=光荣牌悬挂申请/Apply for an honour plaque'],
    ],
  },
  {
    key: 'legal',
    zh: '司法公证',
    en: 'Legal services',
    materials: ['居民身份证', '户口簿', '委托书'],
    subjects: [
      ['notary', '公证服务', 'notarisation', 'justice', 'city', 2, '=出生公证/Birth notarisation|=学历公证/Academic record notarisation|=无犯罪记录公证/No criminal record notarisation|=亲属关系公证/Kinship notarisation|=遗嘱公证/Will notarisation|=公证书查询/Notarial certificate enquiry'],
      ['legal-aid', '法律援助', 'legal aid', 'justice', 'district', 2, '申请|=法律咨询/Legal advice|=法律援助进度查询/Legal aid progress enquiry'],
      ['lawyers', '律师服务', 'lawyers', 'justice', 'city', 1, '=律师执业证查询/Lawyer licence enquiry|=律师事务所查询/Law firm enquiry|=律师执业投诉/Complain about a lawyer'],
      ['mediation', '人民调解', 'mediation', 'justice', 'district', 1, '=人民调解申请/Apply for mediation|=矛盾纠纷调解预约/Book a dispute mediation'],
      ['forensics', '司法鉴定', 'forensic appraisal', 'justice', 'city', 1, '=司法鉴定机构查询/Find a forensic appraisal institution|=司法鉴定人查询/Forensic appraiser enquiry|=司法鉴定投诉/Complain about a forensic appraisal'],
      ['arbitration', '仲裁服务', 'arbitration', 'justice', 'city', 1, '=商事仲裁申请/Apply for commercial arbitration|=仲裁进度查询/Arbitration progress enquiry'],
    ],
  },
]
