import type { components } from '../../generated/api/shell'

type Kind = components['schemas']['MessageKind']

/** 消息中心: the resident's words, zh-CN first. */
export const messagesZhCN = {
  title: '消息中心',
  readAll: '全部已读',
  empty: '暂无消息',
  unread: '未读',
  kinds: {
    'case-status': '办件进度',
    'payment-result': '缴费结果',
    'certificate-expiry': '证照到期',
    'appointment-reminder': '预约提醒',
    notice: '通知',
  } satisfies Record<Kind, string>,
}

export type MessagesText = typeof messagesZhCN
