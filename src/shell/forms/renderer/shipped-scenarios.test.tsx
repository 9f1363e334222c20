import { screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import userEvent from '@testing-library/user-event'
import { scenarios } from '../../../../mock/generated/scenarios'
import { PERSONA_IDS } from '../../../../mock/personas'
import { updateMockState } from '../../../../mock/kit/state'
import { TEST_AUTHORIZATION } from '../../../../mock/kit/tokens'
import { familyStore } from '../../../../mock/shell/family'
import { residentStore } from '../../../../mock/shell/resident-store'
import type { Scenario } from '../../../sdk/scenario'
import { reportCashierResult } from '../../payment/adapter'
import { formatFen } from '../../format/money'
import { completeAllTasks } from '@test/forms/auto-fill'
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
    if (scenario.fee) await cancelInCashier()
    expect(await screen.findByTestId('confirmation')).toBeInTheDocument()
    if (scenario.fee) expect(screen.getByTestId('fee-status').dataset.outcome).toBe('unpaid')
    expect(screen.getByTestId('reference').textContent).toMatch(/\S/)
    expect(screen.getByText(scenario.whatHappensNext['zh-CN'])).toBeInTheDocument()
    if (scenario.items.length > 1) for (const item of scenario.items) expect(screen.getByText(new RegExp(`^${item.name['zh-CN']} · `))).toBeInTheDocument()
  })
})

/** The order the server opened for the fee of the application just filed, once the cashier is up for it. */
const cashierOrder = async (): Promise<string> => {
  await waitFor(() => expect(Taro.getCurrentPages().slice(-1)[0]?.route).toContain('pages/cashier/index'))
  const orderId = residentStore.data.applications[0]?.feeOrderId ?? ''
  expect(orderId).not.toBe('')
  return orderId
}

/** The resident leaves the cashier without paying, as its cancel button does: report, then go back. */
const cancelInCashier = async () => {
  reportCashierResult(await cashierOrder(), 'cancelled')
  await Taro.navigateBack()
}

/** The resident in the provider's cashier (the mock's sandbox), as the cashier page does it: charge, then report back. */
const payInCashier = async () => {
  const orderId = await cashierOrder()
  const charged = await fetch(`http://localhost/api/sandbox/cashier/${encodeURIComponent(orderId)}/pay`, { method: 'POST', headers: TEST_AUTHORIZATION })
  expect(charged.status).toBe(200)
  reportCashierResult(orderId, 'completed')
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
    await cancelInCashier()
    expect(await screen.findByText(`费用 ${formatFen(scenario.fee?.amountFen ?? 0)} 尚未缴纳，缴费后方可办理`)).toBeInTheDocument()
    await userEvent.click(screen.getByText('去缴费'))
    await payInCashier()
    await waitFor(() => expect(screen.getByTestId('fee-status').dataset.outcome).toBe('paid'))
    expect(screen.getByTestId('fee-status').textContent).toContain(`已缴纳费用 ${formatFen(scenario.fee?.amountFen ?? 0)}，收据号 LN-FS-`)
    // Back on the form: the cashier is gone.
    expect(Taro.getCurrentPages().slice(-1)[0]?.route).not.toContain('cashier')
  })
})
