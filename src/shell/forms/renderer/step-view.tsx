import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Scenario } from '../../../sdk/scenario'
import { useLocale } from '../../i18n/text'
import { ActionButton } from '../../ui/action-button'
import type { UploadRecord, UploadTarget } from '../drafts'
import {
  applyPrefill, hasErrors, markSaved, materialsStatus, positionAfterSave, validateStep, visibilityOf,
  type Position, type StepErrors,
} from '../engine'
import { Uploader } from '../ui'
import { FieldWidget } from './field-widget'
import { useFormsText } from './forms-text'
import { usePrefill } from './use-prefill'
import type { FormSession } from './use-form-session'

const NO_ERRORS: StepErrors = { fields: [], materials: [] }

/**
 * One task's questions and the materials it collects. Every change is saved
 * to the draft at once; Continue checks the step and returns to the task list,
 * or to the check page when the resident came from a change link.
 */
export function StepView({ scenario, form, position }: { scenario: Scenario; form: FormSession; position: Extract<Position, { view: 'step' }> }) {
  const text = useFormsText()
  const locale = useLocale()
  const [errors, setErrors] = useState<StepErrors>(NO_ERRORS)
  const [refused, setRefused] = useState<Record<string, string>>({})
  const step = scenario.steps.find((s) => s.id === position.stepId)
  const prefill = usePrefill(scenario, form, position.stepId)
  const copied = Object.keys(prefill.copied).length > 0
  useEffect(() => {
    if (copied) form.save((d) => ({ ...d, answers: applyPrefill(d.answers, prefill.copied) }))
  }, [copied]) // eslint-disable-line react-hooks/exhaustive-deps -- copy once when the step opens
  if (!step) return null

  const visibility = visibilityOf(scenario, form.state.answers)
  const errorOf = (id: string) => errors.fields.find((e) => e.fieldId === id)?.message[locale] ?? refused[id]
  const recordsOf = (keys: unknown): UploadRecord[] => (Array.isArray(keys) ? (keys as string[]) : []).flatMap((k) => form.draft.uploads[k] ?? [])
  const handlersFor = (target: UploadTarget, id: string) => ({
    onAdd: (files: { name: string; size: number; type: string; path: string }[]) => {
      setRefused(({ [id]: _gone, ...rest }) => rest)
      for (const file of files) void form.uploads.add(target, file).catch(() => undefined)
    },
    onRefused: (message: string) => setRefused((r) => ({ ...r, [id]: message })),
    onRetry: (key: string) => void form.uploads.retry(key).catch(() => undefined),
    onRemove: (key: string) => form.uploads.remove(key),
  })
  const materials = materialsStatus(scenario, form.state).filter((m) => m.stepId === step.id && m.needed)
  const itemName = (id: string) => scenario.items.find((i) => i.id === id)?.name[locale] ?? id

  const onContinue = () => {
    const found = validateStep(scenario, step.id, form.state)
    setErrors(found)
    if (hasErrors(found)) return
    const saved = markSaved(form.state, step.id)
    form.save((d) => ({ ...d, savedSteps: saved.savedSteps, position: positionAfterSave(scenario, saved, position) }))
  }
  const summary = [
    ...errors.fields.map((e) => ({ id: e.fieldId, message: e.message[locale] })),
    ...errors.materials.map((e) => ({ id: e.materialId, message: e.message[locale] })),
  ]

  return (
    <View className='form-page' data-testid={`step-${step.id}`}>
      <Text className='form-page__link' onClick={() => form.go({ view: 'task-list' })}>{text.backToTasks}</Text>
      <Text className='form-page__title'>{step.title[locale]}</Text>
      {summary.length ? (
        <View className='form-errors' role='alert' data-testid='error-summary'>
          <Text className='form-errors__title'>{text.errorSummary}</Text>
          {summary.map((e) => <Text key={e.id} className='form-errors__item'>{e.message}</Text>)}
        </View>
      ) : null}
      {form.saveError ? <View className='form-page__warning' role='alert' data-testid='save-error'>{form.saveError[locale]}</View> : null}
      {prefill.canAsk && prefill.state !== 'done' ? (
        <ActionButton kind='secondary' disabled={prefill.state === 'running'} onClick={prefill.run}>{text.prefillAsk}</ActionButton>
      ) : null}
      {prefill.state === 'done' ? <Text className='form-page__note'>{text.prefillDone}</Text> : null}
      {prefill.state === 'denied' ? <Text className='form-page__note'>{text.prefillDenied}</Text> : null}
      {step.fields.filter((f) => visibility.fieldVisible(f.id)).map((field) => (
        <FieldWidget
          key={field.id}
          field={field}
          value={form.state.answers[field.id]}
          error={errorOf(field.id)}
          locale={locale}
          onChange={(value) => form.save((d) => ({ ...d, answers: { ...d.answers, [field.id]: value } }))}
          uploads={{ records: recordsOf(form.state.answers[field.id]), ...handlersFor({ kind: 'field', fieldId: field.id }, field.id) }}
        />
      ))}
      {materials.length ? <Text className='form-page__caption'>{text.materials}</Text> : null}
      {materials.map(({ material, items }) => (
        <Uploader
          key={material.id}
          framed={{ id: material.id, label: material.name, hint: material.hint, required: material.required }}
          spec={material}
          records={recordsOf(form.state.materials[material.id])}
          error={errors.materials.find((e) => e.materialId === material.id)?.message[locale] ?? refused[material.id]}
          locale={locale}
          note={items.length > 1 ? text.sharedBy(items.map(itemName).join('、')) : undefined}
          {...handlersFor({ kind: 'material', materialId: material.id }, material.id)}
        />
      ))}
      <ActionButton onClick={onContinue}>{text.continue}</ActionButton>
    </View>
  )
}
