import { expect, test } from '../support/fixtures'

/**
 * The mock backend's fault switch (docs/testing.md) makes the catalogue fail
 * with a 503 from the first request; the control API then clears the fault,
 * as a recovering server would, and the resident's 重试 brings Home back.
 */
test('a failed catalogue request shows an error, and 重试 recovers', async ({ shell, page }) => {
  await shell.launch('/?fault=catalogue:503')
  const alert = page.getByRole('alert').filter({ visible: true })
  // The server's own message when it sends one (the mock's says 模拟故障), else the shell's generic text.
  // Home's service directory and its mini-app tiles each say so.
  await expect(alert).toHaveCount(2)
  for (const each of await alert.all()) await expect(each).toContainText(/模拟故障|服务暂时不可用/)
  await expect(shell.byTestId('mini-app-transport')).toHaveCount(0)

  // Through the page, so the call reaches the MSW worker that holds the mock state.
  const cleared = await page.evaluate(async () => {
    const response = await fetch('/api/__mock/state', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults: [] }),
    })
    return response.ok
  })
  expect(cleared).toBe(true)

  while ((await alert.count()) > 0) await alert.first().getByText('重试', { exact: true }).click()
  await expect(shell.byTestId('mini-app-transport')).toBeVisible()
  await expect(shell.byTestId('mini-app-health')).toBeVisible()
  await expect(shell.byTestId('mini-app-social-security')).toBeVisible()
})
