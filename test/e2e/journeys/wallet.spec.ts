import { expect, test } from '../support/fixtures'

/**
 * 电子证照 as the driver reaches it: the licence-expiry message opens the
 * licence in the wallet, masked and marked as expiring, and it shows a QR
 * for the counter. The ids are the mock's seeds (mock/shell/message-seeds.ts, wallet-seeds.ts).
 */
test('the driver opens the licence-expiry message and lands on the licence in the wallet', async ({ shell }) => {
  await shell.launch('/?persona=driver&reset=1')
  await shell.openTab('my')
  await shell.page.locator('.my__entry', { hasText: '消息' }).filter({ visible: true }).click()
  await shell.byTestId('message-m-expiry-driving-licence').click()
  const detail = shell.byTestId('certificate-detail')
  await expect(detail).toBeVisible()
  await expect(detail).toContainText('机动车驾驶证')
  await expect(detail).toContainText('即将到期')
  await expect(shell.byTestId('certificate-number')).toContainText(/2101\*{10}\d{3}[\dX]/)
  await detail.locator('.ui-button', { hasText: '出示二维码' }).click()
  await expect(shell.byTestId('counter-qr')).toBeVisible()
})

test('a resident opens 电子证照 from My and sees every certificate masked', async ({ shell }) => {
  await shell.launch('/?persona=resident&reset=1')
  await shell.openTab('my')
  await shell.page.locator('.my__entry', { hasText: '电子证照' }).filter({ visible: true }).click()
  await expect(shell.byTestId('certificate-id-card')).toContainText('居民身份证')
  await expect(shell.byTestId('certificate-driving-licence')).toContainText('有效')
  await expect(shell.page.locator('body')).not.toContainText(/2101\d{13}/)
})
