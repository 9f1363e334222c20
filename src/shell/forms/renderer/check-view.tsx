import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Scenario } from '../../../sdk/scenario'
import { formatFen } from '../../format/money'
import { describeApiError, useLocale, useText } from '../../i18n/text'
import { ActionButton } from '../../ui/action-button'
import type { ApiError } from '../../api/errors'
import { buildSubmission, checkAnswers, type SubmissionSubject } from '../engine'
import { useSubmitApplicationMutation } from './forms-api'
import { useFormsText } from './forms-text'
import { usePayFee, type FeeDue } from './pay-fee'
import type { FormSession } from './use-form-session'
import { askToSubscribe } from '../../platform/subscribe-messages'
import { TEMPLATES_AT_SUBMIT } from '../../messages/subscription-templates'

export interface Submitted {
  reference: string
  parts: { item: string; department: string }[]
  /** When the scenario has a fee: the order the server opened, and how paying it went. */
  fee?: FeeDue
}

/**
 * "Check your answers": every shown answer under its task, each with a change
 * link that opens the step and comes back here once it is saved; then submit.
 */
export function CheckView({ scenario, form, subject, onSubmitted }: { scenario: Scenario; form: FormSession; subject: SubmissionSubject; onSubmitted(s: Submitted): void }) {
  const text = useFormsText()
  const shell = useText()
  const locale = useLocale()
  const [submit, submitting] = useSubmitApplicationMutation()
  const payFee = usePayFee()
  const [paying, setPaying] = useState(false)
  const [problem, setProblem] = useState<string>()
  const sections = checkAnswers(scenario, form.state)

  const send = async () => {
    const built = buildSubmission(scenario, form.state, subject)
    if (!built.ok) {
      form.go({ view: 'task-list' })
      return
    }
    // Still inside the tap, as WeChat requires; the prompt runs beside the submission and never holds it up.
    askToSubscribe(TEMPLATES_AT_SUBMIT)
    const answer = await submit(built.application)
    if ('error' in answer) {
      setProblem(`${text.submitFailed} ${describeApiError(answer.error as ApiError, shell)}`)
      return
    }
    form.finish()
    const submitted: Submitted = { reference: answer.data.id, parts: built.application.parts.map((p) => ({ item: p.item, department: p.department })) }
    // The application is in; its fee, if any, is paid at once through the payment shell (the server named the order and the amount).
    const { feeOrderId } = answer.data
    if (feeOrderId && scenario.fee) {
      setPaying(true)
      submitted.fee = { orderId: feeOrderId, amountFen: scenario.fee.amountFen, outcome: await payFee(feeOrderId) }
    }
    onSubmitted(submitted)
  }
  const busy = submitting.isLoading || paying

  return (
    <View className='form-page' data-testid='check-answers'>
      <Text className='form-page__link' onClick={() => form.go({ view: 'task-list' })}>{text.backToTasks}</Text>
      <Text className='form-page__title'>{text.check.title}</Text>
      {sections.map((section) => (
        <View key={section.stepId} className='form-summary'>
          <Text className='form-summary__title'>{section.title[locale]}</Text>
          {section.rows.map((row) => (
            <View key={row.id} className='form-summary__row' data-testid={`row-${row.id}`}>
              <Text className='form-summary__key'>{row.label[locale]}</Text>
              <Text className='form-summary__value'>{row.value[locale]}</Text>
              <Text className='form-page__link' data-testid={`change-${row.id}`} onClick={() => form.go(row.change)}>{text.check.change}</Text>
            </View>
          ))}
        </View>
      ))}
      {scenario.fee ? <Text className='form-page__note'>{text.fee(formatFen(scenario.fee.amountFen))}</Text> : null}
      <Text className='form-page__note'>{text.check.declaration}</Text>
      {problem ? <View className='form-page__warning' role='alert'>{problem}</View> : null}
      <ActionButton disabled={busy} onClick={send}>{busy ? text.submitting : text.check.submit}</ActionButton>
    </View>
  )
}
