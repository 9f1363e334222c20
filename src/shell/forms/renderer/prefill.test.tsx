import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { scenarios } from '../../../../mock/generated/scenarios'
import { openTask, renderForm } from '@test/forms/render-form'

// From the registry: a scenario whose first task prefills the resident's own data under a personal scope.
const PERSONAL = ['profile.name', 'profile.idNumber', 'profile.phone', 'profile.address']
const scenario = Object.values(scenarios).find((s) => s.audience === 'individual' && s.subject.kind === 'self' &&
  s.steps[0].fields.some((f) => f.prefill?.from === 'identity' && f.prefill.of === 'resident' && PERSONAL.includes(f.prefill.scope)))!
const step = scenario.steps[0]
const field = step.fields.find((f) => f.prefill?.from === 'identity' && PERSONAL.includes(f.prefill.scope))!

describe('prefill through the consent flow', () => {
  it('asks the resident before reading their data, then fills the box', async () => {
    await renderForm(scenario.id)
    await openTask(step.id)
    expect(screen.getByTestId(`input-${field.id}`)).toHaveValue('')
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    // The shell's consent prompt, once per scope the step reads, each with the scenario's declared reason.
    const scopes = new Set(step.fields.flatMap((f) => (f.prefill?.from === 'identity' && PERSONAL.includes(f.prefill.scope) ? [f.prefill.scope] : [])))
    for (let i = 0; i < scopes.size; i += 1) await userEvent.click(await screen.findByText('允许'))
    expect(await screen.findByText('已自动填写，请核对')).toBeInTheDocument()
    expect(screen.getByTestId(`input-${field.id}`)).not.toHaveValue('')
  })

  it('leaves the boxes for the resident to fill when they refuse', async () => {
    await renderForm(scenario.id)
    await openTask(step.id)
    await userEvent.click(screen.getByText('使用已实名的信息自动填写'))
    await userEvent.click(await screen.findByText('拒绝'))
    expect(await screen.findByText('您未授权，请手动填写')).toBeInTheDocument()
    expect(screen.getByTestId(`input-${field.id}`)).toHaveValue('')
  })
})
