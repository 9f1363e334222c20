import { HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { apiError } from '../kit/responses'

type Application = components['schemas']['Application']
type NewRating = components['schemas']['NewRating']
type Reason = components['schemas']['RatingReason']

export const RATING_REASONS: readonly Reason[] = ['slow', 'unclear-guidance', 'repeated-materials', 'poor-attitude', 'wrong-result', 'other']

/** Levels 1 and 2 are 差评: they need a reason and open a follow-up (整改). */
export const isBadLevel = (level: number): boolean => level <= 2

/** How long the department takes to answer a follow-up; short, so a tester sees the loop close. */
let followUpDelayMs = 3000

/** For tests: answer follow-ups at once (0) or after a while. */
export const setFollowUpDelay = (ms: number): void => {
  followUpDelayMs = ms
}

const ANSWER = '您反映的问题已收到，我们已核查办理过程并改进，对给您带来的不便深表歉意。如有疑问请拨打 12345。'

/** The department answers an open follow-up on the first read once its time has come. */
export const answerDueFollowUp = (found: Application, now = Date.now()): Application => {
  const followUp = found.followUp
  if (followUp?.status === 'open' && now - Date.parse(followUp.openedAt) >= followUpDelayMs) {
    const answeredAt = new Date(now).toISOString()
    found.followUp = { ...followUp, status: 'answered', answer: ANSWER, answeredAt }
    found.timeline.push({ at: answeredAt, department: followUp.department, message: `差评整改回复：${ANSWER}` })
  }
  return found
}

const problem = (b: Partial<NewRating>): string | undefined => {
  if (typeof b.level !== 'number' || !Number.isInteger(b.level) || b.level < 1 || b.level > 5) return '请选择 1 至 5 星评价'
  if (b.comment !== undefined && (typeof b.comment !== 'string' || b.comment.length > 300)) return '评价内容不能超过 300 字'
  if (b.reason !== undefined && !RATING_REASONS.includes(b.reason)) return '请从列表中选择原因'
  if (isBadLevel(b.level) && !b.reason) return '差评请选择原因'
  if (b.reason === 'other' && !b.comment?.trim()) return '选择“其他”时请写明原因'
  return undefined
}

/** POST /applications/{id}/rating: once per completed case; a bad one opens the department's follow-up. */
export const rateCase = (found: Application, body: Partial<NewRating>): Response => {
  if (found.rating) return apiError(409, 'ALREADY_RATED', '该办件已评价，感谢您的反馈')
  if (found.status !== 'completed') return apiError(409, 'NOT_COMPLETED', '办结后才能评价')
  const refused = problem(body)
  if (refused) return apiError(400, 'INVALID_RATING', refused)
  const { level, comment, reason } = body as NewRating
  const ratedAt = new Date().toISOString()
  found.rating = { level, ratedAt, ...(comment?.trim() ? { comment: comment.trim() } : {}), ...(isBadLevel(level) && reason ? { reason } : {}) }
  if (isBadLevel(level)) found.followUp = { status: 'open', department: found.department, openedAt: ratedAt }
  return HttpResponse.json(found, { status: 201 })
}
