import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Scenario, ScenarioField } from '../../src/sdk/scenario'
import { isoDay } from '../../src/shell/forms/engine'
import { queuePickedFiles } from '../taro/taro'
import { openTask, saveAndContinue, type } from './render-form'

/**
 * Fills any definition's steps through the renderer with answers its rules
 * accept, so a test can run every registered scenario without naming one.
 */
const DAY_MS = 24 * 60 * 60 * 1000
const day = (bound: { date: string } | { daysFromToday: number }) => ('date' in bound ? bound.date : isoDay(new Date(Date.now() + bound.daysFromToday * DAY_MS)))

const textFor = (field: Extract<ScenarioField, { type: 'text' }>): string => {
  const candidates = ['辽宁测试名称', 'ABC', '123456', 'test']
  const fits = (s: string) => !field.pattern || new RegExp(field.pattern.regex).test(s)
  const base = candidates.find(fits) ?? candidates[0]
  return base.padEnd(Math.max(base.length, field.minLength ?? 0), base.charAt(0)).slice(0, field.maxLength ?? 200)
}

/** The widget's value for a valid answer, or the option index for pickers. */
const answerFor = (field: ScenarioField): { type: string } | { choose: number } | undefined => {
  switch (field.type) {
    case 'text': return { type: textFor(field) }
    case 'number': return { type: String(field.min ?? (field.max !== undefined ? Math.min(1, field.max) : 1)) }
    case 'date': return { type: field.latest ? day(field.latest) : field.earliest ? day(field.earliest) : isoDay(new Date()) }
    case 'select': case 'region': return { choose: 0 }
    case 'address': return { type: '沈阳市和平区南京南街 1 号' }
    case 'id-number': return { type: '210102199003124622' }
    case 'phone': return { type: '13700001234' }
    case 'uscc': return { type: '91330100799655058B' }
    case 'upload': return undefined
  }
}

const fileFor = (accept: readonly string[], n: number) => {
  const type = accept[0]
  const ext = type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg'
  return { path: `blob:auto-${n}`, size: 2048, name: `材料${n}.${ext}`, type }
}

let files = 0
const upload = async (id: string, accept: readonly string[]) => {
  const frame = screen.getByTestId(`field-${id}`)
  if (within(frame).queryAllByTestId(/^upload-/).length > 0) return
  files += 1
  queuePickedFiles([fileFor(accept, files)])
  await userEvent.click(within(frame).getByTestId(`pick-${id}`))
  await within(frame).findByTestId('upload-done')
}

/** Answers every shown question and uploads every shown material of the open step, then saves it. */
export const fillStep = async (scenario: Scenario, stepId: string) => {
  const step = scenario.steps.find((s) => s.id === stepId)!
  const done = new Set<string>()
  // Answers may reveal more questions: go round until nothing new shows.
  for (let round = 0; round < 5; round += 1) {
    for (const field of step.fields) {
      if (done.has(field.id) || !screen.queryByTestId(`field-${field.id}`)) continue
      done.add(field.id)
      if (field.type === 'upload') {
        await upload(field.id, field.accept)
        continue
      }
      const answer = answerFor(field)
      const control = screen.getByTestId(`input-${field.id}`) as HTMLInputElement
      if (answer && 'type' in answer && !control.value) type(field.id, answer.type)
      if (answer && 'choose' in answer && !control.value) fireEvent.change(control, { target: { value: String(answer.choose) } })
    }
  }
  for (const material of scenario.materials) if (screen.queryByTestId(`field-${material.id}`)) await upload(material.id, material.accept)
  await saveAndContinue()
  const problems = screen.queryByTestId('error-summary')
  if (problems) throw new Error(`${scenario.id}/${stepId} was refused: ${problems.textContent}`)
  await waitFor(() => expect(screen.queryByTestId(`step-${stepId}`)).not.toBeInTheDocument())
}

/** Completes every task the list offers, in order, until it is ready to check. */
export const completeAllTasks = async (scenario: Scenario) => {
  for (let guard = 0; guard < scenario.steps.length * 2; guard += 1) {
    await screen.findByTestId('task-list')
    const open = scenario.steps.find((s) => {
      const status = screen.queryByTestId(`status-${s.id}`)?.textContent
      return status !== undefined && status !== '已完成' && status !== '暂不能开始'
    })
    if (!open) return
    await openTask(open.id)
    await fillStep(scenario, open.id)
  }
}
