import { expect, test } from '../support/fixtures'

const PAUSED = '该服务正在维护，暂停使用'

/**
 * The kill switch as a tester works it (docs/publishing.md): `?disable=<id>`
 * switches a mini-app off in the mock's remote config; Home marks it, and its
 * page refuses to open from the tile and from a deep link. The mini-app is
 * whichever Home offers first, so the journey names none.
 */
test('a disabled mini-app refuses to open from Home and from a deep link', async ({ shell, page }) => {
  await shell.openHome()
  const tile = page.locator('.home__grid [data-testid^="mini-app-"]').filter({ visible: true }).first()
  const id = (await tile.getAttribute('data-testid'))!.replace(/^mini-app-/, '')
  // The device keeps a config for its TTL: forget it, as a relaunch after the TTL would.
  await page.evaluate(() => window.localStorage.removeItem('shell.remote-config'))

  await shell.launch(`/?disable=${id}`)
  await expect(shell.byTestId(`mini-app-${id}`)).toContainText(PAUSED)
  await shell.byTestId(`mini-app-${id}`).click()
  await expect(shell.byTestId('mini-app-refused')).toContainText(PAUSED)
  const deepLink = new URL(page.url())

  await page.goto(`${deepLink.pathname}${deepLink.search}${deepLink.hash}`)
  await page.reload()
  await expect(shell.byTestId('mini-app-refused')).toContainText(PAUSED)
  await shell.text('返回首页').click()
  await expect(page).toHaveURL(/#\/pages\/home\/index/)
})
