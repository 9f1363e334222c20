import { expect, test } from '../support/fixtures'

/** Services browses the whole category tree (theme → subject → matter) down to the city's services, and by department. */
test('Services browses the category tree and the departments', async ({ shell }) => {
  await shell.openHome()
  await shell.openTab('services')
  const rows = shell.page.locator('.category-browser__row').filter({ visible: true })
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(5)
  for (let level = 0; level < 3; level += 1) await rows.first().click()
  const services = shell.page.locator('[data-testid^="service-"]').filter({ visible: true })
  await expect(services.first()).toBeVisible()

  await shell.text('按部门').click()
  await expect(rows.filter({ hasText: '沈阳市' }).first()).toBeVisible()
  await rows.first().click()
  await expect(services.first()).toBeVisible()
})
