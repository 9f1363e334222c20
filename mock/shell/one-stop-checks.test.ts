import { TEST_AUTHORIZATION } from '../kit/tokens'
import { updateMockState } from '../kit/state'
import { PERSONA_IDS } from '../personas'
import { scenarios } from '../generated/scenarios'
import { residentStore } from './resident-store'

// From the registry: an enterprise service with a USCC question; the persona registered as an enterprise's agent.
const scenario = Object.values(scenarios).find((s) => s.audience === 'enterprise' && s.steps.some((step) => step.fields.some((f) => f.type === 'uscc')))!
const usccField = scenario.steps.flatMap((s) => s.fields).find((f) => f.type === 'uscc')!
const agent = PERSONA_IDS.find((persona) => {
  updateMockState({ persona })
  return !!residentStore.data.identity.enterprise
})!
const submit = (body: Record<string, unknown>) =>
  fetch('http://localhost/api/applications', { method: 'POST', headers: { 'content-type': 'application/json', ...TEST_AUTHORIZATION }, body: JSON.stringify(body) })
const application = (fields: Record<string, string>, subject?: Record<string, string>) => ({ scenarioId: scenario.id, title: scenario.title['zh-CN'], fields, ...(subject ? { subject } : {}) })

describe('the server’s checks of a one-stop submission', () => {
  it('refuses an enterprise service to a resident who acts for no enterprise', async () => {
    updateMockState({ persona: PERSONA_IDS.find((p) => p !== agent)! })
    const response = await submit(application({}))
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ code: 'ENTERPRISE_ROLE_REQUIRED' })
  })

  it('refuses a wrong USCC with its reason, whatever the client checked', async () => {
    updateMockState({ persona: agent })
    const response = await submit(application({ [usccField.id]: '91330100799655058C' }))
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ code: 'INVALID_USCC', message: `${usccField.label['zh-CN']}：统一社会信用代码校验位不正确，请核对营业执照` })
  })

  it('refuses acting for another enterprise than the agent’s own', async () => {
    updateMockState({ persona: agent })
    const response = await submit(application({}, { kind: 'enterprise', uscc: '91330100799655058B' }))
    expect(response.status).toBe(403)
  })

  it('takes the agent’s submission with right codes', async () => {
    updateMockState({ persona: agent })
    expect((await submit(application({ [usccField.id]: '91330100799655058B' }))).status).toBe(201)
  })
})
