import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'

/** Serious and critical violations on what is on screen (Taro keeps earlier pages hidden in the DOM). */
const violations = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page }).include('.taro_page_show:last-of-type').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

for (const elder of [false, true]) {
  test(`Home, Services, search, a guide and My have no serious or critical axe violations${elder ? ' in elder mode' : ''}`, async ({ shell }) => {
    const { page } = shell
    const found: string[] = []
    await shell.openHome()
    if (elder) await page.getByRole('switch', { name: '长辈版模式' }).filter({ visible: true }).click()
    await expect(shell.byTestId(elder ? 'home-top' : 'home-hot')).toBeVisible()
    found.push(...(await violations(page, 'Home')))

    await page.getByRole('search').filter({ visible: true }).click()
    await page.getByRole('textbox', { name: '搜索服务，如 社保查询、gjj' }).filter({ visible: true }).fill('公积金')
    await expect(shell.byTestId('search-offered')).toBeVisible()
    found.push(...(await violations(page, 'search')))

    await shell.byTestId('search-offered').locator('.service-row').filter({ hasText: '办事指南' }).first().click()
    await expect(shell.byTestId('guide')).toBeVisible()
    found.push(...(await violations(page, 'guide')))

    await shell.back()
    await shell.back()
    await shell.openTab('services')
    await expect(page.locator('.category-browser__row').filter({ visible: true }).first()).toBeVisible()
    found.push(...(await violations(page, 'Services')))

    await shell.openTab('my')
    await expect(page.getByRole('switch', { name: '长辈版模式' }).filter({ visible: true })).toHaveAttribute('aria-checked', String(elder))
    found.push(...(await violations(page, 'My')))
    expect(found).toEqual([])
  })
}
