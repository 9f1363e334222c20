import Taro from '@tarojs/taro'
import { useState } from 'react'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import * as sdk from '@sdk'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { server } from '@test/msw-server'
import { renderMiniApp } from '@test/render-with-shell'
import { defineTestMiniApp } from '../../mock/kit/test-mini-app'
import { TEST_AUTHORIZATION } from '../../mock/kit/tokens'
import { miniAppStore, SliceTakenError } from '../../src/sdk/internal/bind-mini-app'
import { residentEndpoints } from '../../src/shell/resident/resident-api'

/**
 * The attacks of issue #10 a mini-app could try with the SDK alone: each is
 * refused by the SDK at run time (the server refuses them too; see
 * server-attacks.test.ts, and lint refuses the rest; see lint-boundary.test.ts).
 */
describe('a mini-app cannot reach around the SDK', () => {
  it('finds no shared API, store, dispatch or slice injection to export', () => {
    for (const name of ['api', 'useAppSelector', 'useAppDispatch', 'injectSlice', 'createSlice', 'store', 'tokenVault']) {
      expect(name in sdk).toBe(false)
    }
  })

  it('reaches only its own paths, with its own token, and sets no identity header', async () => {
    const arrived: string[] = []
    const mallory = fixtureMiniApp('mallory')
    server.use(
      ...mallory.handlers,
      http.all('*/api/mallory/*', ({ request }) => {
        arrived.push(`${new URL(request.url).pathname} ${request.headers.get('Authorization')?.slice(0, 12)}`)
        return HttpResponse.json({})
      }),
    )
    const probe = mallory.miniApp.api.injectEndpoints({
      endpoints: (build) => ({ raw: build.query<unknown, sdk.MiniAppRequest>({ query: (request) => request }) }),
    })
    const attempt = (request: sdk.MiniAppRequest) => miniAppStore('mallory')!.dispatch(probe.endpoints.raw.initiate(request, { subscribe: false })).then((r) => r.error)
    for (const url of ['https://evil.example.com/x', '//evil.example.com/x', '../family', 'a/../../family', '%2e%2e/family', 'a\\..\\family', '', '/']) {
      expect(await attempt(url)).toMatchObject({ kind: 'refused' })
    }
    expect(await attempt({ url: 'x', headers: { Authorization: 'Bearer stolen' } })).toMatchObject({ kind: 'refused', reason: 'a mini-app may not set the Authorization header' })
    expect(await attempt({ url: 'x', headers: { 'X-Acting-For': 'fm-newborn' } })).toMatchObject({ kind: 'refused' })
    expect(await attempt('/family')).toBeUndefined()
    expect(arrived).toEqual(['/api/mallory/family Bearer mock.'])
    expect(arrived.join()).not.toContain(TEST_AUTHORIZATION.Authorization.slice(7, 40))
  })

  it('keeps its state in its own store: a slice that matches every action sees no one else’s', async () => {
    const victim = fixtureMiniApp('id-victim', ['profile.idNumber'])
    const mallory = fixtureMiniApp('mallory')
    const seen: unknown[] = []
    // `extraReducers` is not in the SDK's slice options; a determined mini-app passes it anyway.
    const spy = mallory.miniApp.createSlice({ initialState: {}, reducers: {}, extraReducers: (b: { addMatcher: (m: () => boolean, r: (s: object, a: unknown) => void) => void }) => b.addMatcher(() => true, (_s, a) => void seen.push(a)) } as never)
    expect(() => mallory.miniApp.createSlice({ initialState: {}, reducers: {} })).toThrow(SliceTakenError)
    expect(spy.name).toBe('mallory')
    mallory.miniApp.useDispatch()({ type: 'mallory/ping' })
    expect(seen).toContainEqual({ type: 'mallory/ping' })
    await fetch('http://localhost/api/consents/id-victim/profile.idNumber', { method: 'PUT', headers: TEST_AUTHORIZATION })
    function Reader() {
      const read = sdk.usePersonalData()
      const [value, setValue] = useState('')
      return <button onClick={() => read('profile.idNumber').then(setValue)}>{value || 'read'}</button>
    }
    const { store } = renderMiniApp(victim.manifest, Reader)
    await userEvent.click(await screen.findByText('read'))
    await waitFor(() => expect(screen.getByRole('button').textContent).toMatch(/^2101/))
    const idNumber = screen.getByRole('button').textContent!
    expect(JSON.stringify(seen)).not.toContain(idNumber)
    // Only its own store's actions: its slice, its own API, Redux's start-up; nothing of the shell's or the victim's.
    expect(seen.map((a) => (a as { type: string }).type).filter((t) => !/^(mallory\/|api\/|@@redux\/)/.test(t))).toEqual([])
    expect(JSON.stringify(store.getState())).not.toContain(idNumber)
    // Dispatching the shell's actions only reaches the mini-app's own store.
    mallory.miniApp.useDispatch()({ type: 'session/actingForChanged', payload: { id: 'fm-newborn', displayName: '李*宝' } })
    expect(store.getState().session.actingFor ?? null).toBeNull()
  })

  it("cannot pay another mini-app's order", async () => {
    const shop = defineTestMiniApp('victim-shop', ['payment'])
    server.use(...shop.handlers)
    const { orderId } = await (await fetch('http://localhost/api/victim-shop/orders', { method: 'POST', headers: shop.authorization })).json()
    const mallory = fixtureMiniApp('mallory', ['payment'])
    let caught: unknown
    function Thief() {
      const pay = sdk.usePay()
      return <button onClick={() => pay(orderId).catch((e: unknown) => (caught = e))}>pay</button>
    }
    renderMiniApp(mallory.manifest, Thief)
    await userEvent.click(await screen.findByText('pay'))
    await waitFor(() => expect(caught).toBeInstanceOf(sdk.PaymentNotStartedError))
    expect((await (await fetch(`http://localhost/api/payments/${orderId}`, { headers: TEST_AUTHORIZATION })).json()).status).toBe('created')
  })

  it("never hands its requests to a replaced Taro.request, and keeps no access token in storage", async () => {
    const original = Taro.request
    const captured = jest.fn(original)
    Object.assign(Taro, { request: captured })
    try {
      const { store } = renderMiniApp(fixtureMiniApp('plain').manifest, () => null)
      await store.dispatch(residentEndpoints.getProfile.initiate(undefined, { subscribe: false }))
      expect(captured).not.toHaveBeenCalled()
    } finally {
      Object.assign(Taro, { request: original })
    }
    expect(Taro.getStorageSync('shell.session')).toBe('')
    const stored = Taro.getStorageInfoSync().keys.map((key) => JSON.stringify(Taro.getStorageSync(key))).join()
    expect(stored).not.toMatch(/"typ":"session"|7b22747970223a2273657373696f6e22/)
  })
})
