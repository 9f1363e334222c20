import { expect, test } from '../support/fixtures'

test.use({ signedIn: false })

/**
 * As a new resident would: choose Dalian, find 公积金 by its initials, open
 * its guide, keep it as a favourite, find it on Home, then switch to elder
 * mode and find it on the simplified Home, large enough to read and tap.
 */
test('a new resident in Dalian finds a 公积金 guide by "gjj", keeps it, and finds it again in elder mode', async ({ shell }) => {
  const { page } = shell
  await shell.openHome()
  await shell.text('切换城市').click()
  await shell.text('大连市').click()
  await expect(shell.text('大连市热门服务')).toBeVisible()

  await page.getByRole('search').filter({ visible: true }).click()
  await expect(page).toHaveURL(/#\/packages\/catalogue\/pages\/search\/index/)
  await page.getByRole('textbox', { name: '搜索服务，如 社保查询、gjj' }).filter({ visible: true }).fill('gjj')
  const offered = shell.byTestId('search-offered')
  await expect(offered).toContainText('大连市可办')
  await expect(offered.locator('.service-row__hit').first()).toContainText('公积金')
  await offered.locator('.service-row').filter({ hasText: '办事指南' }).first().click()

  const guide = shell.byTestId('guide')
  await expect(guide).toContainText('申请材料')
  await expect(guide).toContainText(/零跑动|最多跑一次/)
  const name = (await page.locator('.service__name').filter({ visible: true }).innerText()).trim()
  expect(name).toContain('公积金')
  await shell.text('☆ 收藏').click()
  await expect(shell.text('★ 取消收藏')).toBeVisible()

  await shell.back()
  await shell.back()
  await expect(page).toHaveURL(/#\/pages\/home\/index/)
  await expect(shell.byTestId('home-favourites')).toContainText(name)

  await page.getByRole('switch', { name: '长辈版模式' }).filter({ visible: true }).click()
  await expect(shell.byTestId('home-top')).toBeVisible()
  await expect(shell.byTestId('home-hot')).toHaveCount(0)
  const favourite = shell.byTestId('home-favourites').locator('.service-row').filter({ hasText: name })
  await expect(favourite).toBeVisible()

  // Elder mode's numbers: main text ≥ 18 px, tap targets ≥ 60 px tall.
  const box = await favourite.boundingBox()
  expect(box?.height).toBeGreaterThanOrEqual(60)
  const fontSize = await favourite.locator('.service-row__name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(fontSize).toBeGreaterThanOrEqual(18)
})

/**
 * A broad query ("证": over a hundred services) renders only the rows on
 * screen, and scrolling the list brings the later ones in: typing never
 * waits for hundreds of rows.
 */
test('a long result list is virtual: a screenful of rows, the rest on scrolling', async ({ shell }) => {
  const { page } = shell
  await shell.openHome()
  await page.getByRole('search').filter({ visible: true }).click()
  await page.getByRole('textbox', { name: '搜索服务，如 社保查询、gjj' }).filter({ visible: true }).fill('证')
  const list = shell.byTestId('search-offered').locator('.service-list')
  await expect(list.locator('.service-row').first()).toBeVisible()
  const rendered = await list.locator('.service-row').count()
  expect(rendered).toBeGreaterThan(3)
  expect(rendered).toBeLessThan(40)
  const first = await list.locator('.service-row').first().innerText()
  await list.evaluate((el) => {
    const scroller = (el.matches('.taro-scroll-view__scroll-y, [class*="scroll"]') ? el : el.querySelector('[class*="scroll"]')) ?? el
    scroller.scrollTop = scroller.scrollHeight
    scroller.dispatchEvent(new Event('scroll'))
  })
  await expect(list.locator('.service-row').filter({ hasText: first })).toHaveCount(0)
  expect(await list.locator('.service-row').count()).toBeLessThan(40)
})
