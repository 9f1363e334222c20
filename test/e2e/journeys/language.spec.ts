import { expect, test } from '../support/fixtures'

/** The language chosen on My applies to the shell and to the catalogue's mini-app names on Home. */
test('switching to English in My changes Home', async ({ shell }) => {
  await shell.openHome()
  await expect(shell.text('常用服务')).toBeVisible()

  await shell.openTab('my')
  await shell.text('English').click()
  await expect(shell.text('Language')).toBeVisible()

  await shell.openTab('home')
  await expect(shell.text('Frequently used')).toBeVisible()
  await expect(shell.byTestId('mini-app-health')).toContainText('Health')
  await expect(shell.text('常用服务')).toHaveCount(0)
})
