/**
 * The WeChat subscription-message templates (订阅消息) the backend sends with,
 * from the mini-program's console (mp.weixin.qq.com → 订阅消息). Placeholders
 * until the production ids are issued; WeChat takes at most three per request.
 */
export const SUBSCRIPTION_TEMPLATES = {
  caseStatus: 'TMPL-CASE-STATUS-PLACEHOLDER',
  appointmentReminder: 'TMPL-APPOINTMENT-REMINDER-PLACEHOLDER',
  paymentResult: 'TMPL-PAYMENT-RESULT-PLACEHOLDER',
} as const

/** What a resident is asked for when they submit a case: its status changes. */
export const TEMPLATES_AT_SUBMIT: readonly string[] = [SUBSCRIPTION_TEMPLATES.caseStatus]
