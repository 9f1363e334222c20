import { expect, test } from '../support/fixtures'

test('a driver pays a traffic fine, sees the e-receipt, and finds the order in My → Orders', async ({ shell }) => {
  const { page } = shell
  await shell.launch('/?persona=driver')
  await shell.openMiniApp('transport')
  const fine = shell.byTestId('violation-v-2026-0101')
  await expect(fine).toContainText('罚款 ¥200.00')
  await fine.getByText('缴纳罚款', { exact: true }).click()

  await expect(page).toHaveURL(/#\/packages\/payment\/pages\/cashier\/index\?orderId=/)
  await expect(shell.byTestId('cashier-amount')).toHaveText('¥200.00')
  await shell.text('确认支付').click()

  await expect(page).toHaveURL(/#\/packages\/payment\/pages\/payment-result\/index\?orderId=/)
  const result = shell.byTestId('payment-result')
  await expect(result).toContainText('支付成功')
  await expect(result).toContainText(/电子票据号 LN-FS-\d{4}-\w+/)

  await shell.back()
  await expect(shell.byTestId('violation-v-2026-0101')).toHaveCount(0) // paid fines leave the unpaid list
  await shell.back()
  await shell.openTab('my')
  await shell.text('我的订单').click()
  await expect(page.locator('[data-testid^="order-"]').filter({ visible: true }).first()).toContainText('交通违法罚款 辽A·5D2K8')
  await expect(page.locator('[data-testid^="order-"]').filter({ visible: true }).first()).toContainText('已支付')
})

test('an injected 500 on payment shows a clear error, and paying again works once it clears', async ({ shell }) => {
  const { page } = shell
  await shell.launch('/?persona=driver&fault=payments:500')
  await shell.openMiniApp('transport')
  const fine = shell.byTestId('violation-v-2026-0101')
  await fine.getByText('缴纳罚款', { exact: true }).click()
  await expect(shell.text('暂时无法缴款，未扣款，请稍后重试')).toBeVisible()

  // The tester clears the fault, as the backend recovering would.
  await page.evaluate(() => fetch('/api/__mock/state', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults: [] }) }))
  await fine.getByText('缴纳罚款', { exact: true }).click()
  await shell.text('确认支付').click()
  await expect(shell.byTestId('payment-result')).toContainText('支付成功')
})
