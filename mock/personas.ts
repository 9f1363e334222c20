/**
 * Seeded residents testers switch between. Every domain seeds its data per
 * persona id, so switching persona changes Home and every mini-app at once.
 */
export const PERSONAS = {
  resident: { name: '张晓明', summary: { 'zh-CN': '普通居民：社保、交通、就医各有记录', en: 'A typical resident with a bit of everything' } },
  'new-user': { name: '新用户', summary: { 'zh-CN': '刚注册，仅绑定手机号，未实名', en: 'Just signed up: phone only, no real-name check' } },
  retiree: { name: '刘淑华', summary: { 'zh-CN': '临近退休，档案出生日期与身份证不一致', en: 'Near retirement; archive birth date disagrees with the ID card' } },
  driver: { name: '王建军', summary: { 'zh-CN': '有未缴交通违法，持公交卡', en: 'Unpaid traffic violations and a bus card' } },
  parent: { name: '李娜', summary: { 'zh-CN': '新生儿家长，正在办理出生一件事', en: 'Parent of a newborn, registering the birth' } },
  patient: { name: '赵国强', summary: { 'zh-CN': '慢病患者，有多个就诊预约', en: 'A patient with several appointments' } },
  'hr-agent': { name: '陈敏', summary: { 'zh-CN': '企业人事专员，代员工办理参保', en: 'An enterprise HR agent acting for employees' } },
} as const

export type PersonaId = keyof typeof PERSONAS
export const PERSONA_IDS = Object.keys(PERSONAS) as PersonaId[]
export const DEFAULT_PERSONA: PersonaId = 'resident'

export const isPersonaId = (value: unknown): value is PersonaId =>
  typeof value === 'string' && (PERSONA_IDS as string[]).includes(value)
