import { walletZhCN } from '../../src/locales/wallet/zh-CN'
import { myZhCN } from '../../src/locales/my/zh-CN'
import { pageRoute, shellRoutes } from '../../src/shell/navigation/shell-routes'
import { JourneyError, type Driver } from './driver'
import type { StepLog } from './journey'

/**
 * The signed-in resident opens 电子证照 from My, then the ID card, and shows
 * its counter QR: the wallet's subpackage loads, the QR encoder runs in
 * WeChat's realm, the screen goes to full brightness while the QR shows, and
 * the resident's own brightness is back once the page is left.
 */
export const walletJourney = async (driver: Driver, log: (entry: StepLog) => void): Promise<void> => {
  const started = Date.now()
  const { events } = driver.app.device
  const before = events.brightness
  await driver.switchTab('pages/my/index')
  await driver.see(myZhCN.certificates)
  await driver.tap(myZhCN.certificates)
  await driver.until('the wallet', () => driver.page().route === pageRoute(shellRoutes.wallet))
  await driver.see(walletZhCN.names['id-card'])
  await driver.tap(walletZhCN.names['id-card'])
  await driver.until('the ID card', () => driver.page().route === pageRoute(shellRoutes.certificate))
  await driver.see(walletZhCN.showQr)
  await driver.tap(walletZhCN.showQr)
  const issued = () => driver.app.network.log.filter((r) => new URL(r.url).pathname === '/api/wallet/certificates/id-card/qr')
  await driver.until('a QR token', () => issued().some((r) => r.status === 200))
  await driver.see(walletZhCN.qrHint)
  await driver.until('full brightness while the QR shows', () => events.brightness === 1)
  await driver.back()
  await driver.until("the resident's own brightness again after leaving", () => events.brightness === before)
  if (driver.app.problems.length > 0) throw new JourneyError('the wallet ended with the problem above')
  log({ step: 'My → 电子证照 → the ID card shows its counter QR at full brightness, restored on leaving', ms: Date.now() - started })
}
