import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { apiError, notFound } from '../kit/responses'
import { residentStore } from './resident-store'

type Message = components['schemas']['Message']

/** The contract's pattern for a message id: anything else is a caller's mistake (400), not a missing message (404). */
const MESSAGE_ID = /^m-[a-z0-9-]{1,64}$/

let sequence = 0

/**
 * The backend sends the resident a message (a case moved, a payment
 * settled); the handlers that change those things call it where they do.
 */
export const notifyResident = (message: Omit<Message, 'id' | 'sentAt' | 'read'>): Message => {
  sequence += 1
  const sent: Message = { ...message, id: `m-${Date.now().toString(36)}-${sequence}`, sentAt: new Date().toISOString(), read: false }
  residentStore.data.messages.unshift(sent)
  return sent
}

const newestFirst = (messages: Message[]) => [...messages].sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt))
const unreadCount = () => ({ unread: residentStore.data.messages.filter((m) => !m.read).length })

/** 消息中心: the guard already demands the resident's session here, as on every shell endpoint. */
export const messageHandlers = [
  http.get('*/api/messages', () => HttpResponse.json(newestFirst(residentStore.data.messages))),
  http.get('*/api/messages/unread-count', () => HttpResponse.json(unreadCount())),
  http.post('*/api/messages/read-all', () => {
    residentStore.data.messages.forEach((m) => { m.read = true })
    return HttpResponse.json(unreadCount())
  }),
  http.post('*/api/messages/:id/read', ({ params }) => {
    if (typeof params.id !== 'string' || !MESSAGE_ID.test(params.id)) return apiError(400, 'INVALID_MESSAGE_ID', '消息编号格式不正确')
    const message = residentStore.data.messages.find((m) => m.id === params.id)
    if (!message) return notFound('消息不存在或已删除')
    message.read = true
    return HttpResponse.json(message)
  }),
]
