import { expect, test } from '../support/fixtures'

/**
 * A tester switches persona in the mock panel (mock builds only); the page
 * reloads and every screen shows that persona's seeded data. The in-app
 * persona switch that identity will bring gets its own journey.
 */
test('switching to the driver persona in the mock panel changes the transport data', async ({ shell, page }) => {
  await shell.openHome()
  await page.getByTestId('mock-panel-toggle').click()
  await page.getByLabel('Persona 身份').selectOption('driver')
  await page.getByRole('button', { name: '应用 Apply' }).click()

  await expect(shell.byTestId('mini-app-transport')).toBeVisible()
  await shell.openMiniApp('transport')
  await expect(shell.text('¥3.20')).toBeVisible()
  await expect(shell.byTestId('violation-v-2026-0101')).toBeVisible()
})
