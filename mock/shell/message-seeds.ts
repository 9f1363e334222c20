import type { components } from '../../src/generated/api/shell'
import type { PersonaId } from '../personas'
import { newbornCase } from './case-seeds'

type Message = components['schemas']['Message']
type Status = components['schemas']['ApplicationStatus']

const welcome: Message = {
  id: 'm-welcome', kind: 'notice', title: '欢迎使用政务服务', body: '完成实名认证后，可办理社保、交通、医疗等个人事项。',
  sentAt: '2026-11-01T09:00:00+08:00', read: false, target: { kind: 'none' },
}

const PART_STATUS: Record<Status, string> = {
  submitted: '已提交', accepted: '已受理', 'in-review': '审核中', 'more-info-needed': '需补充材料', approved: '审核通过', rejected: '审核未通过', completed: '已办结',
}

/** One case-status message per department of the parent's one-stop case, each where that part last moved. */
const newbornMessages = (): Message[] => newbornCase().flatMap((c) => (c.parts ?? []).map((part) => ({
  id: `m-birth-${part.itemId}`, kind: 'case-status' as const, title: `${part.item}${PART_STATUS[part.status]}`,
  body: `${part.department}：${part.timeline[part.timeline.length - 1].message}`,
  sentAt: part.timeline[part.timeline.length - 1].at, read: false, target: { kind: 'case' as const, id: c.id },
})))

/**
 * Each persona's message centre (消息中心) as the backend left it; the ids match the seeded cases and orders.
 * Certificate-expiry reminders are added from the wallet when the persona's store is made (expiry-reminders.ts).
 */
export const MESSAGE_SEEDS: Record<PersonaId, () => Message[]> = {
  resident: () => [
    { id: 'm-licence-done', kind: 'case-status', title: '机动车驾驶证换证已办结', body: '您的驾驶证换证已办结，欢迎评价本次服务。',
      sentAt: '2026-09-21T10:00:00+08:00', read: true, target: { kind: 'case', id: 'a-2026-0920' } },
    { ...welcome, read: true },
  ],
  'new-user': () => [welcome],
  retiree: () => [
    { id: 'm-retire', kind: 'case-status', title: '退休申请需补充材料', body: '您的退休申请需要补充出生日期认定材料，请在 30 日内提交。',
      sentAt: '2026-10-18T09:30:00+08:00', read: false, target: { kind: 'case', id: 'a-2026-1015' } },
  ],
  driver: () => [
    { id: 'm-fine', kind: 'notice', title: '交通违法提醒', body: '您的车辆辽A·5D2K8有 3 条未处理的交通违法记录。',
      sentAt: '2026-11-20T08:00:00+08:00', read: false, target: { kind: 'none' } },
    { id: 'm-paid-seed-1', kind: 'payment-result', title: '缴款成功', body: '交通违法罚款 辽B·7Q3M1 已缴纳 100.00 元，票据号 LN-FS-2025-000917。',
      sentAt: '2025-09-20T09:13:05+08:00', read: true, target: { kind: 'order', id: 'o-seed-1' } },
  ],
  parent: newbornMessages,
  patient: () => [
    { id: 'm-visit', kind: 'appointment-reminder', title: '就诊提醒', body: '您预约的心血管内科门诊将于 11 月 28 日 09:30 开始。',
      sentAt: '2026-11-21T20:00:00+08:00', read: false, target: { kind: 'none' } },
  ],
  'hr-agent': () => [],
}

