import type { components } from '../../src/generated/api/shell'
import type { PersonaId } from '../personas'

type Profile = components['schemas']['Profile']
type Application = components['schemas']['Application']
type Message = components['schemas']['Message']

export interface ResidentData {
  profile: Profile
  applications: Application[]
  messages: Message[]
}

const welcome: Message = {
  id: 'm-welcome',
  title: '欢迎使用政务服务',
  body: '完成实名认证后，可办理社保、交通、医疗等个人事项。',
  sentAt: '2026-11-01T09:00:00+08:00',
  read: false,
}

const app = (id: string, scenarioId: string, title: string, department: string, submittedAt: string, status: Application['status'], note?: string): Application => ({
  id, scenarioId, title, department, submittedAt, status, ...(note ? { note } : {}),
})

/** The shell-side data of each persona: who they are, their cases and their messages. */
export const RESIDENTS: Record<PersonaId, ResidentData> = {
  resident: {
    profile: { displayName: '张*明', level: 'L2', phoneMasked: '139****2046', idNumberMasked: '2101**********3517' },
    applications: [app('a-2026-1102', 'social-security', '社保关系转移', '沈阳市社会保险事业服务中心', '2026-11-02T10:20:00+08:00', 'reviewing')],
    messages: [{ ...welcome, read: true }],
  },
  'new-user': {
    profile: { displayName: '尾号8806用户', level: 'L1', phoneMasked: '186****8806' },
    applications: [],
    messages: [welcome],
  },
  retiree: {
    profile: { displayName: '刘*华', level: 'L3', phoneMasked: '135****7720', idNumberMasked: '2102**********2426' },
    applications: [
      app('a-2026-1015', 'social-security', '退休申请', '大连市社会保险事业服务中心', '2026-10-15T14:02:00+08:00', 'needs-info',
        '档案出生日期（1965-11-08）与身份证（1966-03-08）不一致，请补充出生日期认定材料'),
    ],
    messages: [
      { id: 'm-retire', title: '退休申请需补充材料', body: '您的退休申请需要补充出生日期认定材料，请在 30 日内提交。', sentAt: '2026-10-18T09:30:00+08:00', read: false },
    ],
  },
  driver: {
    profile: { displayName: '王*军', level: 'L2', phoneMasked: '138****5678', idNumberMasked: '2101**********1234' },
    applications: [],
    messages: [
      { id: 'm-fine', title: '交通违法提醒', body: '您的车辆辽A·5D2K8有 3 条未处理的交通违法记录。', sentAt: '2026-11-20T08:00:00+08:00', read: false },
    ],
  },
  parent: {
    profile: { displayName: '李*', level: 'L3', phoneMasked: '137****3391', idNumberMasked: '2101**********0028' },
    applications: [
      app('a-2026-1118', 'civil-affairs', '新生儿出生一件事', '沈阳市和平区政务服务中心', '2026-11-18T16:45:00+08:00', 'reviewing'),
    ],
    messages: [
      { id: 'm-birth', title: '出生一件事已受理', body: '出生医学证明、户口登记、医保参保、社保卡申领将一次办结。', sentAt: '2026-11-18T17:00:00+08:00', read: false },
    ],
  },
  patient: {
    profile: { displayName: '赵*强', level: 'L2', phoneMasked: '150****4410', idNumberMasked: '2104**********5512' },
    applications: [],
    messages: [
      { id: 'm-visit', title: '就诊提醒', body: '您预约的心血管内科门诊将于 11 月 28 日 09:30 开始。', sentAt: '2026-11-21T20:00:00+08:00', read: false },
    ],
  },
  'hr-agent': {
    profile: { displayName: '陈*', level: 'L3', phoneMasked: '133****9087', idNumberMasked: '2101**********7741', actingFor: '沈阳北方重工机械有限公司' },
    applications: [
      app('a-2026-1109', 'social-security', '员工参保登记（3 人）', '沈阳市社会保险事业服务中心', '2026-11-09T11:00:00+08:00', 'approved'),
      app('a-2026-1120', 'social-security', '员工减员（1 人）', '沈阳市社会保险事业服务中心', '2026-11-20T15:30:00+08:00', 'submitted'),
    ],
    messages: [],
  },
}
