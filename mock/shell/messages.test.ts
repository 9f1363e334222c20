import { catalogue } from '../generated/catalogue'
import { miniAppAuthorization, TEST_AUTHORIZATION } from '../kit/tokens'
import { updateMockState } from '../kit/state'

const call = async (path: string, { method = 'GET', auth = TEST_AUTHORIZATION }: { method?: string; auth?: Record<string, string> } = {}) => {
  const response = await fetch(`http://localhost/api/${path}`, { method, headers: auth })
  return { status: response.status, body: await response.json() }
}
const unread = async () => (await call('messages/unread-count')).body.unread

describe('the message centre (消息中心) in the mock backend', () => {
  it('lists the retiree’s messages newest first, the unread one about her case', async () => {
    updateMockState({ persona: 'retiree' })
    const { body } = await call('messages')
    expect(body[0]).toMatchObject({ kind: 'case-status', read: false, target: { kind: 'case', id: 'a-2026-1015' } })
    expect(await unread()).toBe(1)
  })

  it('marks one read, then all read, and the count follows', async () => {
    updateMockState({ persona: 'driver' })
    const before = await unread()
    expect((await call('messages/m-expiry-driving-licence/read', { method: 'POST' })).body).toMatchObject({ read: true, target: { kind: 'certificate' } })
    expect(await unread()).toBe(before - 1)
    expect(await call('messages/read-all', { method: 'POST' })).toEqual({ status: 200, body: { unread: 0 } })
    expect((await call('messages')).body.every((m: { read: boolean }) => m.read)).toBe(true)
  })

  it('gives the parent one case-status message per department of the one-stop case, and the driver a payment result', async () => {
    updateMockState({ persona: 'parent' })
    const parts = (await call('applications')).body[0].parts
    expect((await call('messages')).body.filter((m: { kind: string }) => m.kind === 'case-status')).toHaveLength(parts.length)
    updateMockState({ persona: 'driver' })
    expect((await call('messages')).body.some((m: { kind: string; target: { kind: string } }) => m.kind === 'payment-result' && m.target.kind === 'order')).toBe(true)
  })

  it('sends a message when the retiree’s answer puts her case back into review', async () => {
    updateMockState({ persona: 'retiree' })
    await fetch('http://localhost/api/applications/a-2026-1015/more-info', {
      method: 'POST', headers: { ...TEST_AUTHORIZATION, 'content-type': 'application/json' }, body: JSON.stringify({ text: '已补充' }),
    })
    expect((await call('messages')).body[0]).toMatchObject({ kind: 'case-status', read: false, target: { kind: 'case', id: 'a-2026-1015' } })
    expect(await unread()).toBe(2)
  })

  it('refuses a caller without a session, and a malformed or unknown id with a plain answer', async () => {
    expect((await call('messages', { auth: {} })).status).toBe(401)
    expect((await call('messages/unread-count', { auth: {} })).status).toBe(401)
    expect((await call('messages/read-all', { method: 'POST', auth: {} })).status).toBe(401)
    // A mini-app's token is not the resident's session: no mini-app reads the resident's messages.
    const miniApp = catalogue.find((e) => e.kind === 'native')?.id ?? 'any-mini-app'
    expect((await call('messages', { auth: miniAppAuthorization(miniApp) })).status).toBe(403)
    expect(await call('messages/..%2Fx/read', { method: 'POST' })).toEqual({ status: 400, body: { code: 'INVALID_MESSAGE_ID', message: '消息编号格式不正确' } })
    expect(await call('messages/M_BAD!/read', { method: 'POST' })).toMatchObject({ status: 400 })
    expect((await call('messages/m-nope/read', { method: 'POST' })).status).toBe(404)
  })
})
