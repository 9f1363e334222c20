import { catalogue } from '../generated/catalogue'
import { scenarios } from '../generated/scenarios'
import { miniAppAuthorization, TEST_AUTHORIZATION } from '../kit/tokens'
import { updateMockState } from '../kit/state'
import { setFollowUpDelay } from './case-ratings'

type Auth = Record<string, string>
const call = async (path: string, { method = 'GET', body, auth = TEST_AUTHORIZATION }: { method?: string; body?: unknown; auth?: Auth } = {}) => {
  const response = await fetch(`http://localhost/api/${path}`, {
    method, headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return { status: response.status, body: await response.json() }
}
/** Two native mini-apps of the registry, whichever they are today. */
const [first, second] = catalogue.filter((e) => e.kind === 'native').map((e) => e.id)
const asMiniApp = (id: string): Auth => miniAppAuthorization(id)

afterEach(() => setFollowUpDelay(3000))

describe('my cases (我的办件) in the mock backend', () => {
  it('lists the cases two mini-apps filed, each bound to the mini-app of its token, with their timelines', async () => {
    const a = await call('cases', { method: 'POST', body: { title: '甲事项', department: '甲部门' }, auth: asMiniApp(first) })
    const b = await call('cases', { method: 'POST', body: { title: '乙事项', status: 'accepted' }, auth: asMiniApp(second) })
    expect(a).toMatchObject({ status: 201, body: { scenarioId: first, status: 'submitted', timeline: [{ department: '申请人' }] } })
    expect(b.body).toMatchObject({ scenarioId: second, status: 'accepted' })
    expect(b.body.timeline.map((s: { status: string }) => s.status)).toEqual(['submitted', 'accepted'])
    const mine = await call('applications')
    expect(mine.body.slice(0, 2).map((c: { id: string }) => c.id)).toEqual([b.body.id, a.body.id])
    expect((await call(`applications?scenarioId=${first}`)).body.every((c: { scenarioId: string }) => c.scenarioId === first)).toBe(true)
    expect((await call('applications?status=accepted')).body.map((c: { id: string }) => c.id)).toEqual([b.body.id])
    expect((await call('applications?status=bogus')).status).toBe(400)
  })

  it('refuses a mini-app another mini-app’s case, a claimed mini-app id, and the resident’s whole list', async () => {
    const filed = await call('cases', { method: 'POST', body: { title: '甲事项' }, auth: asMiniApp(first) })
    expect((await call(`cases/${filed.body.id}`, { auth: asMiniApp(first) })).status).toBe(200)
    expect((await call(`cases/${filed.body.id}`, { auth: asMiniApp(second) })).status).toBe(404)
    expect((await call('cases', { method: 'POST', body: { title: '冒名', scenarioId: first }, auth: asMiniApp(second) })).status).toBe(400)
    expect((await call('applications', { auth: asMiniApp(first) })).status).toBe(403)
    expect((await call('cases', { method: 'POST', body: { title: '会话' } })).status).toBe(403)
  })

  it('takes the retiree’s more information and puts the case back into review', async () => {
    updateMockState({ persona: 'retiree' })
    const [waiting] = (await call('applications?status=more-info-needed')).body
    expect(waiting.note).toBeTruthy()
    expect((await call(`applications/${waiting.id}/more-info`, { method: 'POST', body: { text: '  ' } })).status).toBe(400)
    const answered = await call(`applications/${waiting.id}/more-info`, { method: 'POST', body: { text: '已补充户籍证明', fileIds: ['file-1'] } })
    expect(answered.body).toMatchObject({ status: 'in-review' })
    expect(answered.body.note).toBeUndefined()
    expect(answered.body.timeline.slice(-2)).toMatchObject([{ message: '已补充户籍证明', fileIds: ['file-1'] }, { status: 'in-review' }])
    expect((await call(`applications/${waiting.id}/more-info`, { method: 'POST', body: { text: '再补一次' } })).status).toBe(409)
  })

  it('shows the parent’s one-stop case with one part per department of its scenario', async () => {
    updateMockState({ persona: 'parent' })
    const oneStop = (await call('applications')).body.find((c: { parts?: unknown[] }) => c.parts)
    const scenario = scenarios[oneStop.scenarioId]
    expect(oneStop.parts.map((p: { department: string }) => p.department)).toEqual(scenario.items.map((i) => i.department['zh-CN']))
    expect(new Set(oneStop.parts.map((p: { status: string }) => p.status)).size).toBeGreaterThan(1)
  })

  it('takes one rating of a completed case, and a bad one needs a reason and gets the department’s answer', async () => {
    setFollowUpDelay(0)
    const completed = (await call('applications?status=completed')).body[0]
    expect((await call(`applications/${completed.id}/rating`, { method: 'POST', body: { level: 2 } })).body.code).toBe('INVALID_RATING')
    expect((await call(`applications/${completed.id}/rating`, { method: 'POST', body: { level: 2, reason: 'other' } })).status).toBe(400)
    const rated = await call(`applications/${completed.id}/rating`, { method: 'POST', body: { level: 2, reason: 'slow', comment: '等了很久' } })
    expect(rated).toMatchObject({ status: 201, body: { rating: { level: 2, reason: 'slow' }, followUp: { status: 'open' } } })
    expect((await call(`applications/${completed.id}/rating`, { method: 'POST', body: { level: 5 } })).body.code).toBe('ALREADY_RATED')
    expect((await call(`applications/${completed.id}`)).body.followUp).toMatchObject({ status: 'answered', answer: expect.any(String) })
    const unfinished = (await call('applications?status=in-review')).body[0]
    expect((await call(`applications/${unfinished.id}/rating`, { method: 'POST', body: { level: 5 } })).body.code).toBe('NOT_COMPLETED')
  })
})
