import { catalogue } from '../generated/catalogue'
import { scenarios } from '../generated/scenarios'
import { TEST_AUTHORIZATION } from '../kit/tokens'
import { resetMockData, updateMockState } from '../kit/state'

const json = async (path: string, init?: RequestInit) => {
  const response = await fetch(`http://localhost/api/${path}`, { ...init, headers: { ...TEST_AUTHORIZATION, ...init?.headers } })
  return { status: response.status, body: await response.json() }
}
/** Any native mini-app of the registry: the cases list is the shell's, whoever files the case. */
const scenarioId = catalogue.find((e) => e.kind === 'native')?.id
const submit = (body: unknown) => json('applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('resident data in the mock backend', () => {
  it('shows a submitted application at the top of my cases', async () => {
    const created = await submit({ scenarioId, title: '退休申请', fields: { retireDate: '2026-12-01' } })
    expect(created).toMatchObject({ status: 201, body: { title: '退休申请', status: 'submitted' } })
    expect((await json('applications')).body[0].id).toBe(created.body.id)
  })

  it('refuses an incomplete application with a message residents understand', async () => {
    expect(await submit({ scenarioId })).toEqual({
      status: 400,
      body: { code: 'INVALID_APPLICATION', message: '申请信息不完整，请检查后重新提交' },
    })
  })

  it('gives each persona its own data, and a reset brings the seed back', async () => {
    updateMockState({ persona: 'hr-agent' })
    expect((await json('profile')).body.actingFor).toBe('沈阳北方重工机械有限公司')
    await submit({ scenarioId, title: '员工参保登记（1 人）', fields: {} })
    expect((await json('applications')).body).toHaveLength(3)
    resetMockData()
    expect((await json('applications')).body).toHaveLength(2)
    updateMockState({ persona: 'new-user' })
    expect((await json('profile')).body).toEqual({ displayName: '尾号8806用户', level: 'L1', phoneMasked: '186****8806' })
  })

  it("opens an order for a scenario's fee from its own copy of the definition, and a paid fee shows on the case", async () => {
    const withFee = Object.values(scenarios).find((s) => s.fee)
    if (!withFee?.fee) throw new Error('the registry ships no form scenario with a fee')
    // Whatever the client claims about money is not even read: the amount is the definition's.
    const filed = await submit({ scenarioId: withFee.id, title: withFee.title['zh-CN'], fields: {}, amountFen: 1 })
    expect(filed.status).toBe(201)
    const order = (await json(`payments/${filed.body.feeOrderId}`)).body
    expect(order).toMatchObject({ scenarioId: withFee.id, amountFen: withFee.fee.amountFen, status: 'created', reference: filed.body.id })

    expect((await json(`sandbox/cashier/${order.id}/pay`, { method: 'POST' })).status).toBe(200)
    const timeline = (await json('applications')).body.find((a: { id: string }) => a.id === filed.body.id).timeline
    expect(timeline.at(-1).message).toMatch(new RegExp(`^已缴纳${withFee.fee.description['zh-CN']}，收据号 LN-FS-`))
  })

  it('opens no order for a scenario without a fee', async () => {
    const free = Object.values(scenarios).find((s) => !s.fee && s.audience === 'individual' && s.subject.kind === 'self')
    const filed = await submit({ scenarioId: free?.id, title: '申请', fields: {} })
    expect(filed.status).toBe(201)
    expect(filed.body.feeOrderId).toBeUndefined()
  })
})
