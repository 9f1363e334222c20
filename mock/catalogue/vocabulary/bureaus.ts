/**
 * Departments by kind, named at province, city and district level as
 * Liaoning names them. `{c}`/`{C}` is the city (大连市/Dalian), `{cs}` its
 * short name (大连), `{d}`/`{D}` the district (中山区/Zhongshan District).
 * `host` is where the department's online services live.
 */
export interface Bureau {
  zh: readonly [province: string, city: string, district: string]
  en: readonly [province: string, city: string, district: string]
  host: string
}

const b = (zh: Bureau['zh'], en: Bureau['en'], host = 'zwfw.ln.gov.cn'): Bureau => ({ zh, en, host })
const standard = (zhName: string, enProvince: string, enLocal: string, host?: string): Bureau =>
  b([`辽宁省${zhName}`, `{c}${zhName.replace(/厅$|委员会$/, '局')}`, `{c}{d}${zhName.replace(/厅$|委员会$/, '局')}`], [enProvince, `{C} ${enLocal}`, `{D} ${enLocal}, {C}`], host)

export const BUREAUS = {
  hrss: b(
    ['辽宁省人力资源和社会保障厅', '{c}人力资源和社会保障局', '{c}{d}人力资源和社会保障局'],
    ['Liaoning Department of Human Resources and Social Security', '{C} Human Resources and Social Security Bureau', '{D} Human Resources and Social Security Bureau, {C}'],
    'rst.ln.gov.cn',
  ),
  medicalInsurance: b(
    ['辽宁省医疗保障局', '{c}医疗保障局', '{c}{d}医疗保障局'],
    ['Liaoning Healthcare Security Administration', '{C} Healthcare Security Bureau', '{D} Healthcare Security Bureau, {C}'],
    'ybj.ln.gov.cn',
  ),
  health: b(['辽宁省卫生健康委员会', '{c}卫生健康委员会', '{c}{d}卫生健康局'], ['Liaoning Health Commission', '{C} Health Commission', '{D} Health Bureau, {C}'], 'wsjk.ln.gov.cn'),
  police: b(
    ['辽宁省公安厅', '{c}公安局', '{c}公安局{d}分局'],
    ['Liaoning Department of Public Security', '{C} Public Security Bureau', '{D} Branch, {C} Public Security Bureau'],
    'gat.ln.gov.cn',
  ),
  traffic: b(
    ['辽宁省公安厅交通警察总队', '{c}公安局交通警察支队', '{c}公安局交通警察支队{d}大队'],
    ['Liaoning Provincial Traffic Police', '{C} Traffic Police Detachment', '{D} Traffic Police Brigade, {C}'],
    'gat.ln.gov.cn',
  ),
  exitEntry: b(
    ['辽宁省公安厅出入境管理局', '{c}公安局出入境管理支队', '{c}公安局{d}分局出入境管理大队'],
    ['Liaoning Exit and Entry Administration', '{C} Exit and Entry Administration Detachment', '{D} Exit and Entry Brigade, {C}'],
    'gat.ln.gov.cn',
  ),
  fund: b(
    ['辽宁省住房资金管理中心', '{c}住房公积金管理中心', '{c}住房公积金管理中心{d}管理部'],
    ['Liaoning Housing Fund Management Center', '{C} Housing Provident Fund Management Center', '{D} Office, {C} Housing Provident Fund Management Center'],
  ),
  estate: b(
    ['辽宁省自然资源厅', '{c}不动产登记中心', '{c}{d}不动产登记中心'],
    ['Liaoning Department of Natural Resources', '{C} Real Estate Registration Center', '{D} Real Estate Registration Center, {C}'],
    'zrzy.ln.gov.cn',
  ),
  tax: b(
    ['国家税务总局辽宁省税务局', '国家税务总局{c}税务局', '国家税务总局{c}{d}税务局'],
    ['Liaoning Provincial Tax Service', '{C} Tax Service', '{D} Tax Service, {C}'],
  ),
  exams: b(
    ['辽宁省招生考试办公室', '{c}招生考试办公室', '{c}{d}招生考试办公室'],
    ['Liaoning Admissions and Examinations Office', '{C} Admissions and Examinations Office', '{D} Admissions and Examinations Office, {C}'],
  ),
  power: b(
    ['国网辽宁省电力有限公司', '国网{cs}供电公司', '国网{cs}供电公司{d}供电分公司'],
    ['State Grid Liaoning Electric Power', 'State Grid {C} Power Supply Company', '{D} Branch, State Grid {C} Power Supply Company'],
  ),
  water: b(['辽宁省水利厅', '{c}供水集团有限公司', '{c}供水集团有限公司{d}营业所'], ['Liaoning Department of Water Resources', '{C} Water Supply Group', '{D} Office, {C} Water Supply Group']),
  gas: b(['辽宁省住房和城乡建设厅', '{c}燃气集团有限公司', '{c}燃气集团有限公司{d}营业所'], ['Liaoning Department of Housing and Urban-Rural Development', '{C} Gas Group', '{D} Office, {C} Gas Group']),
  heating: b(['辽宁省住房和城乡建设厅', '{c}热力集团有限公司', '{c}热力集团有限公司{d}服务站'], ['Liaoning Department of Housing and Urban-Rural Development', '{C} Heating Group', '{D} Station, {C} Heating Group']),
  blood: b(['辽宁省血液中心', '{c}中心血站', '{c}中心血站{d}献血点'], ['Liaoning Blood Center', '{C} Central Blood Station', '{D} Donation Point, {C} Central Blood Station']),
  ecology: b(['辽宁省生态环境厅', '{c}生态环境局', '{c}生态环境局{d}分局'], ['Liaoning Department of Ecology and Environment', '{C} Ecology and Environment Bureau', '{D} Branch, {C} Ecology and Environment Bureau'], 'sthj.ln.gov.cn'),
  culture: b(
    ['辽宁省文化和旅游厅', '{c}文化旅游和广播电视局', '{c}{d}文化旅游和广播电视局'],
    ['Liaoning Department of Culture and Tourism', '{C} Culture, Tourism, Radio and Television Bureau', '{D} Culture and Tourism Bureau, {C}'],
    'whhly.ln.gov.cn',
  ),
  housing: standard('住房和城乡建设厅', 'Liaoning Department of Housing and Urban-Rural Development', 'Housing and Urban-Rural Development Bureau', 'zjt.ln.gov.cn'),
  transport: standard('交通运输厅', 'Liaoning Department of Transport', 'Transport Bureau', 'jtt.ln.gov.cn'),
  education: standard('教育厅', 'Liaoning Department of Education', 'Education Bureau', 'jyt.ln.gov.cn'),
  civil: standard('民政厅', 'Liaoning Department of Civil Affairs', 'Civil Affairs Bureau', 'mzt.ln.gov.cn'),
  market: standard('市场监督管理局', 'Liaoning Administration for Market Regulation', 'Market Regulation Bureau', 'scjg.ln.gov.cn'),
  justice: standard('司法厅', 'Liaoning Department of Justice', 'Justice Bureau', 'sft.ln.gov.cn'),
  veterans: standard('退役军人事务厅', 'Liaoning Department of Veterans Affairs', 'Veterans Affairs Bureau'),
  disabled: b(['辽宁省残疾人联合会', '{c}残疾人联合会', '{c}{d}残疾人联合会'], ['Liaoning Disabled Persons’ Federation', '{C} Disabled Persons’ Federation', '{D} Disabled Persons’ Federation, {C}']),
  sports: standard('体育局', 'Liaoning Sports Bureau', 'Sports Bureau'),
  agriculture: standard('农业农村厅', 'Liaoning Department of Agriculture and Rural Affairs', 'Agriculture and Rural Affairs Bureau', 'nync.ln.gov.cn'),
  emergency: standard('应急管理厅', 'Liaoning Department of Emergency Management', 'Emergency Management Bureau', 'yjt.ln.gov.cn'),
  fire: b(['辽宁省消防救援总队', '{c}消防救援支队', '{c}消防救援支队{d}大队'], ['Liaoning Fire and Rescue Corps', '{C} Fire and Rescue Detachment', '{D} Fire and Rescue Brigade, {C}']),
  resources: b(['辽宁省自然资源厅', '{c}自然资源局', '{c}自然资源局{d}分局'], ['Liaoning Department of Natural Resources', '{C} Natural Resources Bureau', '{D} Branch, {C} Natural Resources Bureau'], 'zrzy.ln.gov.cn'),
  forestry: standard('林业和草原局', 'Liaoning Forestry and Grassland Administration', 'Forestry and Grassland Bureau'),
  waterResources: b(['辽宁省水利厅', '{c}水务局', '{c}{d}水务局'], ['Liaoning Department of Water Resources', '{C} Water Affairs Bureau', '{D} Water Affairs Bureau, {C}'], 'slt.ln.gov.cn'),
  tobacco: b(['辽宁省烟草专卖局', '{c}烟草专卖局', '{c}烟草专卖局{d}分局'], ['Liaoning Tobacco Monopoly Bureau', '{C} Tobacco Monopoly Bureau', '{D} Branch, {C} Tobacco Monopoly Bureau']),
  commerce: standard('商务厅', 'Liaoning Department of Commerce', 'Commerce Bureau', 'swt.ln.gov.cn'),
  business: standard('营商环境建设局', 'Liaoning Business Environment Development Bureau', 'Business Environment Development Bureau', 'www.ln.gov.cn'),
} as const

export type BureauKey = keyof typeof BUREAUS
