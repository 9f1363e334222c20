import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { scenarios } from '../../../../mock/generated/scenarios'
import { PERSONA_IDS } from '../../../../mock/personas'
import { updateMockState } from '../../../../mock/kit/state'
import { familyStore } from '../../../../mock/shell/family'
import { residentStore } from '../../../../mock/shell/resident-store'
import type { Scenario } from '../../../sdk/scenario'
import { formatFen } from '../../format/money'
import { completeAllTasks } from '@test/forms/auto-fill'
import { cancelInSandboxCashier, cashierOpened, payInSandboxCashier } from '@test/payments/sandbox-cashier'
import { currentRoute } from '@test/sdk-testing/personas'
import { renderForm } from '@test/forms/render-form'

/**
 * A persona who can apply: for an enterprise service, a registered agent of
 * an enterprise; for a family member's, one with a member of the right relation.
 */
const personaFor = (scenario: Scenario) => {
  const relations: readonly string[] = scenario.subject.kind === 'family-member' ? scenario.subject.relations : []
  return PERSONA_IDS.find((persona) => {
    updateMockState({ persona })
    const agent = !!residentStore.data.identity.enterprise
    const family = familyStore.data.members.some((m) => relations.includes(m.relation))
    return (scenario.audience !== 'enterprise' || agent) && (relations.length === 0 || family)
  })
}

// Every form scenario the registry ships, read from it: adding one adds it here.
const shipped = Object.values(scenarios)

describe.each(shipped.map((s) => [s.id, s] as const))('the shipped scenario %s, through the renderer', (_id, scenario) => {
  it('is completed task by task, checked, sent, and confirmed with a reference and what happens next', async () => {
    const persona = personaFor(scenario)
    expect(persona).toBeDefined()
    updateMockState({ persona })
    await renderForm(scenario.id)
    expect(await screen.findByText(scenario.title['zh-CN'])).toBeInTheDocument()
    await completeAllTasks(scenario)
    await userEvent.click(await screen.findByText('核对并提交'))
    const check = await screen.findByTestId('check-answers')
    expect(within(check).getAllByText('修改').length).toBeGreaterThan(0)
    await userEvent.click(screen.getByText('确认提交'))
    // A fee opens the cashier; this resident leaves it unpaid (the paid path is below).
    if (scenario.fee) await cancelInSandboxCashier(await cashierOrder())
    expect(await screen.findByTestId('confirmation')).toBeInTheDocument()
    if (scenario.fee) expect(screen.getByTestId('fee-status').dataset.outcome).toBe('unpaid')
    expect(screen.getByTestId('reference').textContent).toMatch(/\S/)
    expect(screen.getByText(scenario.whatHappensNext['zh-CN'])).toBeInTheDocument()
    if (scenario.items.length > 1) for (const item of scenario.items) expect(screen.getByText(new RegExp(`^${item.name['zh-CN']} · `))).toBeInTheDocument()
  })
})

/** The order the server opened for the fee of the application just filed, once the cashier is up for it. */
const cashierOrder = async (): Promise<string> => {
  await cashierOpened()
  const orderId = residentStore.data.applications[0]?.feeOrderId ?? ''
  expect(orderId).not.toBe('')
  return orderId
}

const withFee = shipped.filter((s) => s.fee)

describe.each(withFee.map((s) => [s.id, s] as const))('the shipped scenario %s, which has a fee', (_id, scenario) => {
  it('takes the fee through the payment shell once sent; left unpaid, it is paid from the confirmation, which shows the receipt', async () => {
    updateMockState({ persona: personaFor(scenario) })
    await renderForm(scenario.id)
    await screen.findByText(scenario.title['zh-CN'])
    await completeAllTasks(scenario)
    await userEvent.click(await screen.findByText('核对并提交'))
    await userEvent.click(await screen.findByText('确认提交'))
    await cancelInSandboxCashier(await cashierOrder())
    expect(await screen.findByText(`费用 ${formatFen(scenario.fee?.amountFen ?? 0)} 尚未缴纳，缴费后方可办理`)).toBeInTheDocument()
    await userEvent.click(screen.getByText('去缴费'))
    await payInSandboxCashier(await cashierOrder())
    await waitFor(() => expect(screen.getByTestId('fee-status').dataset.outcome).toBe('paid'))
    expect(screen.getByTestId('fee-status').textContent).toContain(`已缴纳费用 ${formatFen(scenario.fee?.amountFen ?? 0)}，收据号 LN-FS-`)
    // Back on the form: the cashier is gone.
    expect(currentRoute()).not.toContain('cashier')
  })
})
