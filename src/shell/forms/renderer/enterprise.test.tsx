import { screen, within } from '@testing-library/react'
import { scenarios } from '../../../../mock/generated/scenarios'
import { updateMockState } from '../../../../mock/kit/state'
import { PERSONA_IDS } from '../../../../mock/personas'
import { residentStore } from '../../../../mock/shell/resident-store'
import { fillStep } from '@test/forms/auto-fill'
import { openTask, renderForm, saveAndContinue, type } from '@test/forms/render-form'

// Read from the registry: an enterprise service with a USCC question, and the persona registered as an enterprise's agent.
const scenario = Object.values(scenarios).find((s) => s.audience === 'enterprise' && s.steps.some((step) => step.fields.some((f) => f.type === 'uscc')))!
const step = scenario.steps.find((s) => s.fields.some((f) => f.type === 'uscc'))!
const agent = PERSONA_IDS.find((persona) => {
  updateMockState({ persona })
  return !!residentStore.data.identity.enterprise
})!

describe('an enterprise service in the renderer', () => {
  it('is only for a registered agent of an enterprise', async () => {
    updateMockState({ persona: PERSONA_IDS.find((p) => p !== agent)! })
    await renderForm(scenario.id)
    expect(await screen.findByTestId('no-subject')).toHaveTextContent('该事项需以企业经办人身份办理')
  })

  it('shows the agent whom they act for, and refuses a wrong USCC with its reason', async () => {
    updateMockState({ persona: agent })
    await renderForm(scenario.id)
    expect(await screen.findByTestId('acting-as')).toHaveTextContent(residentStore.data.identity.enterprise!.uscc)
    // Reach the USCC's step: the tasks before it first.
    for (const earlier of scenario.steps.slice(0, scenario.steps.indexOf(step))) {
      await openTask(earlier.id)
      await fillStep(scenario, earlier.id)
    }
    // Answered once with a right code (the filler answers so the USCC is asked), then changed.
    await openTask(step.id)
    await fillStep(scenario, step.id)
    await openTask(step.id)
    const field = step.fields.find((f) => f.type === 'uscc' && screen.queryByTestId(`field-${f.id}`))!
    // One character changed: the GB 32100 check character no longer matches.
    type(field.id, '91330100799655058C')
    await saveAndContinue()
    expect(within(screen.getByTestId(`field-${field.id}`)).getByRole('alert')).toHaveTextContent('统一社会信用代码校验位不正确，请核对营业执照')
  })
})
