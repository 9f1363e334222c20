import { catalogue } from '../../mock/generated/catalogue'
import { consentZhCN } from '../../src/locales/consent/zh-CN'
import { zhCN } from '../../src/locales/zh-CN'
import { JourneyError, type Driver } from './driver'
import { servedTexts } from './served-texts'

/** Any phone number signs in; the mock SMS gateway's code is always 123456 (docs/testing.md). */
const PHONE = '13800000000'
const SMS_CODE = '123456'

/** Texts that mean a page is still loading or has failed: none may remain once it settles. */
const UNSETTLED = [zhCN.query.loading, zhCN.query.retry, ...Object.values(zhCN.errors)]

/** The mini-apps this RN bundle carries, from the registry: a new one is covered with no edit here. */
export const rnMiniApps = () => catalogue.filter((entry) => (entry.targets as readonly string[]).includes('rn'))

export interface StepLog {
  step: string
  ms: number
  /** What the step saw that proves it, when it is worth telling. */
  saw?: string
}

/**
 * A resident's first visit on the Android app: launch, the privacy notice,
 * Home with every mini-app from the catalogue, then each mini-app's entry
 * page, signing in by SMS where a page needs a session.
 */
export const firstVisitJourney = async (driver: Driver, log: (entry: StepLog) => void): Promise<void> => {
  const { device } = driver
  const step = async (name: string, at: string, run: () => Promise<string | void>) => {
    device.at = at
    const started = Date.now()
    const saw = await run()
    await pause()
    if (device.problems.length > 0) throw new JourneyError(`step "${name}" ended with the problem(s) above`)
    log({ step: name, ms: Date.now() - started, saw: saw || undefined })
  }
  const onHome = () => driver.texts().includes(zhCN.home.forYou)

  await step('launch shows the privacy notice on Home', 'launch (pages/home/index)', async () => {
    device.launch()
    await driver.see(zhCN.privacy.title)
  })
  await step('accepting it by a tap shows Home with every mini-app from the catalogue', 'pages/home/index', async () => {
    await driver.tap(zhCN.privacy.accept)
    for (const entry of rnMiniApps()) await driver.see(entry.name['zh-CN'])
  })
  for (const entry of rnMiniApps()) {
    const route = entry.entry.replace(/^\//, '')
    await step(`${entry.id}: its entry page opens from Home and shows its data`, route, async () => {
      for (let i = 0; i < 3 && !onHome(); i++) {
        driver.back()
        await pause()
      }
      await driver.until('Home', onHome)
      const before = device.network.length
      await driver.tap(entry.name['zh-CN'])
      const own = () => ownRequests(driver, entry, before)
      const signIn = () => driver.device.tree.findByProps((props) => props.placeholder === zhCN.login.phonePlaceholder).length > 0
      await driver.until(`${route} to ask for its data, or sign-in`, () => signIn() || own().length > 0)
      if (entry.kind === 'form' && !signIn()) {
        // The renderer fetches the definition first; its level gate then sends a signed-out resident to sign in.
        await driver.until(`${route}'s definition to arrive`, () => signIn() || own().every((r) => r.status !== 'pending'))
        await pause(500)
      }
      if (signIn()) {
        await signInBySms(driver, route)
        await driver.until(`${route} to ask for its data after sign-in`, () => signIn() || own().length > 0)
        if (signIn()) throw new JourneyError(`${route}: signed in, but the page sent the resident back to sign-in: the session was not kept`)
      }
      return settled(driver, entry.id, own, entry.kind === 'native')
    })
  }
}

const pause = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms))

const signInBySms = async (driver: Driver, route: string): Promise<void> => {
  driver.device.at = `sign-in (on the way to ${route})`
  await driver.type(zhCN.login.phonePlaceholder, PHONE)
  await driver.tap(zhCN.login.send)
  await driver.see(zhCN.login.sent)
  await driver.type(zhCN.login.codePlaceholder, SMS_CODE)
  await driver.tap(zhCN.login.submit)
  const codeInput = () => driver.device.tree.findByProps((props) => props.placeholder === zhCN.login.codePlaceholder).length > 0
  await driver.until('sign-in to return to the page', () => !codeInput())
  driver.device.at = route
}

type Entry = ReturnType<typeof rnMiniApps>[number]

/** A native mini-app's own API calls; for a form scenario, its served definition, which the shell's renderer fetches. */
const ownRequests = (driver: Driver, { id, kind }: Entry, since: number) =>
  driver.device.network
    .slice(since)
    .filter((r) => (kind === 'form' ? new URL(r.url).pathname === `/api/scenarios/${id}` : new URL(r.url).pathname.startsWith(`/api/${id}/`)))

/**
 * The page has had its mini-app's requests answered 2xx, shows no loading or
 * error text, and shows at least one text the mock server sent it: the data
 * reached the screen. A consent prompt on the way is allowed, as a resident would.
 */
/**
 * `served`: a native page must show a text the server sent it; a form scenario settles on its own words too
 * (a resident with no family member to act for sees why, not the definition's fields).
 */
const settled = async (driver: Driver, id: string, own: () => ReturnType<typeof ownRequests>, served = true): Promise<string> => {
  const shown = () => {
    const texts = driver.texts()
    if (texts.includes(consentZhCN.consent.allow)) void driver.tap(consentZhCN.consent.allow)
    // The longest one shown: the least likely to be a label the page has anyway.
    const served = servedTexts(own().map((r) => r.body ?? '')).sort((a, b) => b.length - a.length)
    return served.find((text) => texts.some((t) => t.includes(text)))
  }
  await driver.until(`${id}'s requests to finish`, () => own().length > 0 && own().every((r) => r.status !== 'pending'))
  const bad = own().filter((r) => typeof r.status !== 'number' || r.status >= 300)
  if (bad.length > 0) throw new JourneyError(`${id}: requests failed: ${bad.map((r) => `${r.method} ${r.url} → ${r.status}`).join(', ')}`)
  if (!served) {
    await driver.until(`${id}'s page to settle`, () => driver.texts().length > 0 && !UNSETTLED.some((t) => driver.texts().includes(t)))
    return `「${shown() ?? driver.texts()[0]}」 from ${own().length} request(s)`
  }
  await driver.until(`${id}'s page to show what the server sent`, () => !!shown() && !UNSETTLED.some((t) => driver.texts().includes(t)))
  return `「${shown()}」 from ${own().length} request(s)`
}
