import type { components } from '../../src/generated/api/shell'
import { checkCharacter } from '../../src/shell/identity/id-number'
import type { PersonaId } from '../personas'
import { newbornCase, seededCase } from './case-seeds'
import { MESSAGE_SEEDS } from './message-seeds'

type Level = components['schemas']['IdentityLevel']
type Application = components['schemas']['Application']
type Message = components['schemas']['Message']

/** What the registry knows of a resident; the API only ever returns it masked. */
export interface Identity {
  phone: string
  level: Level
  /** Absent until real-name verification (L2). */
  name?: string
  idNumber?: string
  actingFor?: string
  /** The enterprise this resident is registered to act for, by its USCC (企业经办人). */
  enterprise?: { uscc: string; name: string; role: 'agent' | 'legal-representative' }
}

export interface ResidentData {
  identity: Identity
  applications: Application[]
  messages: Message[]
}

/** A well-formed resident ID number (GB 11643) from its first 17 digits. */
const id = (first17: string) => first17 + checkCharacter(first17)

const SY_SOCIAL = '沈阳市社会保险事业服务中心'
const app = (id: string, scenarioId: string, title: string, department: string, submittedAt: string, status: Application['status'], walk?: Application['status'][], note?: string) =>
  seededCase({ id, scenarioId, title, department, submittedAt, status, ...(note ? { note } : {}) }, walk ?? [status])

/** The shell-side data of each persona: who they are, their cases and their messages. */
export const RESIDENTS: Record<PersonaId, ResidentData> = {
  resident: {
    identity: { phone: '13912342046', level: 'L3', name: '张晓明', idNumber: id('21010219850312351') },
    applications: [
      app('a-2026-1102', 'social-security', '社保关系转移', SY_SOCIAL, '2026-11-02T10:20:00+08:00', 'in-review', ['submitted', 'accepted', 'in-review']),
      // Completed and not yet rated: the resident is asked once (好差评).
      app('a-2026-0920', 'transport', '机动车驾驶证换证', '沈阳市公安局交通警察支队车辆管理所', '2026-09-20T09:10:00+08:00', 'completed',
        ['submitted', 'accepted', 'in-review', 'approved', 'completed']),
    ],
    messages: MESSAGE_SEEDS.resident(),
  },
  'new-user': {
    identity: { phone: '18600008806', level: 'L1' },
    applications: [],
    messages: MESSAGE_SEEDS['new-user'](),
  },
  retiree: {
    identity: { phone: '13566667720', level: 'L3', name: '刘淑华', idNumber: id('21020219660308242') },
    applications: [
      app('a-2026-1015', 'social-security', '退休申请', '大连市社会保险事业服务中心', '2026-10-15T14:02:00+08:00', 'more-info-needed',
        ['submitted', 'accepted', 'in-review', 'more-info-needed'], '档案出生日期（1965-11-08）与身份证（1966-03-08）不一致，请补充出生日期认定材料'),
    ],
    messages: MESSAGE_SEEDS.retiree(),
  },
  driver: {
    identity: { phone: '13812345678', level: 'L2', name: '王建军', idNumber: id('21010419790615123') },
    applications: [],
    messages: MESSAGE_SEEDS.driver(),
  },
  parent: {
    identity: { phone: '13711113391', level: 'L3', name: '李娜', idNumber: id('21010219920207002') },
    applications: newbornCase(),
    messages: MESSAGE_SEEDS.parent(),
  },
  patient: {
    identity: { phone: '15022224410', level: 'L2', name: '赵国强', idNumber: id('21040319601120551') },
    applications: [],
    messages: MESSAGE_SEEDS.patient(),
  },
  'hr-agent': {
    identity: { phone: '13300009087', level: 'L3', name: '陈敏', idNumber: id('21010319880501774'), actingFor: '沈阳北方重工机械有限公司',
      enterprise: { uscc: '91210100MA0N5R3X89', name: '沈阳北方重工机械有限公司', role: 'agent' } },
    applications: [
      app('a-2026-1109', 'social-security', '员工参保登记（3 人）', SY_SOCIAL, '2026-11-09T11:00:00+08:00', 'approved', ['submitted', 'accepted', 'approved']),
      app('a-2026-1120', 'social-security', '员工减员（1 人）', SY_SOCIAL, '2026-11-20T15:30:00+08:00', 'submitted'),
    ],
    messages: MESSAGE_SEEDS['hr-agent'](),
  },
}
