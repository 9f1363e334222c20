import { useCallback } from 'react'
import { casesChanged } from '../cases/cases-api'
import { requestAsMiniApp } from '../mini-app/mini-app-request'
import { useMiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import { askToSubscribe } from '../platform/subscribe-messages'
import { TEMPLATES_AT_SUBMIT } from '../messages/subscription-templates'

/** What a mini-app says about a case it has taken in (我的办件). */
export interface CaseReport {
  /** What the resident applied for, as they would say it (社保关系转移); 1–60 characters. */
  title: string
  /** The department handling it, in zh-CN; the province's service centre if left out. */
  department?: string
  /** `accepted` when the department took the case in at once (即办); `submitted` by default. */
  status?: 'submitted' | 'accepted'
}

/** The case as filed: its id, the reference residents quote, and where it stands. */
export interface CaseReceipt {
  /** The case's id, as the server gave it. */
  id: string
  /** The number residents quote to a counter or the 12345 hotline (办件编号). */
  reference: string
  /** Where the case stands: `submitted` or `accepted` when just filed. */
  status: 'submitted' | 'accepted'
}

/**
 * Files a case in the resident's "My applications" for the current mini-app,
 * sent with the mini-app's own token: the server binds the case to that
 * mini-app, so a mini-app never files or reads another's cases, and never
 * writes the shell's store. Rejects with an `ApiError` if the server refuses.
 * Call it from the resident's tap: on WeChat it first asks, within that tap,
 * to send the resident updates on the case (订阅消息); a refusal changes nothing.
 *
 * @example
 * ```tsx
 * const submitCase = useSubmitCase()
 * const receipt = await submitCase({ title: '社保关系转移', department: '沈阳市社会保险事业服务中心' })
 * ```
 */
export const useSubmitCase = (): ((report: CaseReport) => Promise<CaseReceipt>) => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback(
    async (report: CaseReport) => {
      // On weapp, while still in the resident's tap: ask to send case updates; a refusal never stops the filing.
      askToSubscribe(TEMPLATES_AT_SUBMIT)
      const answer = await requestAsMiniApp<CaseReceipt>(mini, { url: '/cases', method: 'POST', body: report })
      if ('error' in answer) throw answer.error
      dispatch(casesChanged())
      const { id, reference, status } = answer.data
      return { id, reference, status }
    },
    [dispatch, mini],
  )
}
