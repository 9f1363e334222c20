import { catalogue } from '../../mock/generated/catalogue'
import { zhCN } from '../../src/locales/zh-CN'
import { JourneyError, type Driver } from './driver'

const HOME = 'pages/home/index'
const LOGIN = 'pages/login/index'

/** Texts that mean a page is still loading or has failed: none may remain once it settles. */
const UNSETTLED = [zhCN.query.loading, zhCN.query.retry, ...Object.values(zhCN.errors).filter((t): t is string => typeof t === 'string')]

/** The mini-apps this weapp build carries, from the registry: a new one is covered with no edit here. */
export const weappMiniApps = () => catalogue.filter((entry) => entry.kind === 'native' && entry.targets.includes('weapp'))

export interface StepLog {
  step: string
  ms: number
}

/**
 * The resident's first visit on WeChat: launch, the privacy notice, Home with
 * every mini-app from the catalogue, then each mini-app's entry page, signing
 * in with WeChat login (wx.login) where a page needs a session.
 */
export const firstVisitJourney = async (driver: Driver, log: (entry: StepLog) => void): Promise<void> => {
  const step = async (name: string, run: () => Promise<void>) => {
    const started = Date.now()
    await run()
    if (driver.app.problems.length > 0) throw new JourneyError(`step "${name}" ended with the problem above`)
    log({ step: name, ms: Date.now() - started })
  }
  const onRoute = (route: string) => driver.until(`page ${route}`, () => driver.page().route === route)

  await step('launch shows the privacy notice on Home', async () => {
    driver.app.launch()
    await onRoute(HOME)
    await driver.see(zhCN.privacy.title)
  })
  await step('accepting it shows Home with every mini-app from the catalogue', async () => {
    await driver.tap(zhCN.privacy.accept)
    for (const entry of weappMiniApps()) await driver.see(entry.name['zh-CN'])
  })
  const miniApps = weappMiniApps()
  for (const [index, entry] of miniApps.entries()) {
    const route = entry.entry.replace(/^\//, '')
    // Home lists the tiles in catalogue order; two mini-apps may share a name.
    const sameNameBefore = miniApps.slice(0, index).filter((other) => other.name['zh-CN'] === entry.name['zh-CN']).length
    await step(`${entry.id}: its entry page opens in its subpackage and settles`, async () => {
      if (driver.page().route !== HOME) await driver.switchTab(HOME)
      await onRoute(HOME)
      await driver.see(entry.name['zh-CN'])
      await driver.tap(entry.name['zh-CN'], sameNameBefore)
      // The level gate opens the page first and redirects a signed-out resident to sign in.
      const signIn = () => driver.page().route === LOGIN
      await driver.until(`${route} to ask for its data, or sign-in`, () => signIn() || (driver.page().route === route && ownRequests(driver, entry.id).length > 0))
      if (signIn()) {
        await driver.see(zhCN.login.wechat)
        await driver.tap(zhCN.login.wechat)
        await onRoute(route)
      }
      await settled(driver, entry.id)
    })
  }
}

/** The page has made its mini-app's requests, each answered 2xx, and shows content with no loading or error text. */
const ownRequests = (driver: Driver, id: string) => driver.app.network.log.filter((r) => new URL(r.url).pathname.startsWith(`/api/${id}/`))

const settled = async (driver: Driver, id: string): Promise<void> => {
  const own = () => ownRequests(driver, id)
  await driver.until(`${id}'s requests to finish`, () => own().length > 0 && own().every((r) => r.status !== 'pending'))
  await driver.until(`${id}'s page to settle`, () => !UNSETTLED.some((t) => driver.text().includes(t)) && driver.text().length > 0)
  const bad = own().filter((r) => typeof r.status !== 'number' || r.status >= 300)
  if (bad.length > 0) throw new JourneyError(`${id}: requests failed: ${bad.map((r) => `${r.method} ${r.url} → ${r.status}`).join(', ')}`)
}

/**
 * The same resident opens the app again (a new run, the same device storage):
 * no notice, still signed in without being asked, because WeChat login
 * re-establishes the session; and storage never held a token to steal.
 */
export const relaunchJourney = async (driver: Driver, log: (entry: StepLog) => void): Promise<void> => {
  const started = Date.now()
  driver.app.launch()
  await driver.until('Home to greet the signed-in resident', () => driver.page().route === HOME && /，您好/.test(driver.text()))
  const stored = [...driver.app.storage.entries.values()].join()
  if (/mock\.[0-9a-f]{20,}/.test(stored)) throw new JourneyError('a token was found in storage after a relaunch')
  const renewed = driver.app.network.log.filter((r) => /\/auth\/(wechat|refresh)$/.test(new URL(r.url).pathname)).map((r) => new URL(r.url).pathname)
  if (renewed.join() !== '/api/auth/wechat') throw new JourneyError(`a relaunch should sign in again with wx.login only, but sent ${renewed.join(', ') || 'nothing'}`)
  if (driver.app.problems.length > 0) throw new JourneyError('the relaunch ended with the problem above')
  log({ step: 'a relaunch is signed in again by WeChat login, with no token in storage', ms: Date.now() - started })
}
