import { useState } from 'react'
import { View } from '@tarojs/components'
import type { Scenario } from '../../../sdk/scenario'
import { useLocale } from '../../i18n/text'
import type { DraftRef } from '../drafts'
import { taskList, type SubmissionSubject } from '../engine'
import { CheckView, type Submitted } from './check-view'
import { ConfirmationView } from './confirmation-view'
import { StepView } from './step-view'
import { TaskListView } from './task-list-view'
import { useFormSession } from './use-form-session'

/**
 * One resident's way through one scenario. Where they are is part of the
 * draft, so a reload or a killed app opens the same view again.
 */
export function FormFlow({ scenario, draftRef, subject }: { scenario: Scenario; draftRef: DraftRef; subject: SubmissionSubject }) {
  const form = useFormSession(scenario, draftRef)
  const locale = useLocale()
  const [submitted, setSubmitted] = useState<Submitted>()
  if (submitted) return <ConfirmationView scenario={scenario} submitted={submitted} />
  const list = taskList(scenario, form.state)
  const { position } = form
  const warning = form.saveError ? <View className='form-page__warning' role='alert' data-testid='save-error'>{form.saveError[locale]}</View> : null
  if (position.view === 'step' && scenario.steps.some((s) => s.id === position.stepId)) {
    return <StepView key={position.stepId} scenario={scenario} form={form} position={position} />
  }
  if (position.view === 'check-answers' && list.ready) {
    return <>{warning}<CheckView scenario={scenario} form={form} subject={subject} onSubmitted={setSubmitted} /></>
  }
  return (
    <>
      {warning}
      <TaskListView
        scenario={scenario}
        list={list}
        onOpen={(stepId) => form.go({ view: 'step', stepId })}
        onCheck={() => form.go({ view: 'check-answers' })}
      />
    </>
  )
}
