import type { MessagesText } from './zh-CN'

export const messagesEn: MessagesText = {
  title: 'Messages',
  readAll: 'Mark all read',
  empty: 'No messages yet',
  unread: 'Unread',
  kinds: {
    'case-status': 'Application update',
    'payment-result': 'Payment result',
    'certificate-expiry': 'Certificate expiry',
    'appointment-reminder': 'Appointment reminder',
    notice: 'Notice',
  },
}
