import { expect, test } from '../support/fixtures'
import { formDriver, openForm } from '../support/forms'
import type { ShellDriver } from '../support/shell'

/** Fills in and sends the residence-permit renewal, up to the cashier that opens for its fee. */
const applyForRenewal = async (shell: ShellDriver) => {
  const { page } = shell
  const form = formDriver(shell)
  await shell.launch('/?persona=resident&reset=1')
  await openForm(shell, page, 'residence-permit-renewal')

  await form.openTask('reason')
  await form.pickFirst('reason')
  await form.saveAndContinue()
  await form.openTask('applicant')
  await form.fill('name', '王建军')
  await form.fill('idNumber', '210202197506111838')
  await form.fill('phone', '13512345678')
  await form.saveAndContinue()
  await form.openTask('documents')
  await form.upload('photo', '证件照.jpg')
  await form.saveAndContinue()
  await form.openTask('collect')
  await form.pickFirst('station')
  await form.saveAndContinue()

  await shell.text('核对并提交').click()
  await expect(shell.byTestId('check-answers')).toContainText('需缴纳费用 ¥20.00')
  await shell.text('确认提交').click()
  // The application is in; the payment shell's cashier takes the fee the server set.
  await expect(page).toHaveURL(/#\/packages\/payment\/pages\/cashier\/index\?orderId=/)
  await expect(shell.byTestId('cashier-amount')).toHaveText('¥20.00')
}

test('a resident renews a residence permit and pays its 20 yuan card fee in the same go, then finds the order in My → Orders', async ({ shell }) => {
  const { page } = shell
  await applyForRenewal(shell)
  await shell.text('确认支付').click()

  // Back on the form, the confirmation has the reference and the receipt.
  await expect(page).toHaveURL(/#\/forms\/pages\/tasks\/index\?scenario=residence-permit-renewal/)
  await expect(shell.byTestId('reference')).toHaveText(/\S+/)
  await expect(shell.byTestId('fee-status')).toContainText(/已缴纳费用 ¥20\.00，收据号 LN-FS-\d{4}-\w+/)

  await shell.text('返回首页').click()
  await shell.openTab('my')
  await shell.text('我的订单').click()
  const newest = page.locator('[data-testid^="order-"]').filter({ visible: true }).first()
  await expect(newest).toContainText('居住证换领、补领（居住证工本费）')
  await expect(newest).toContainText('已支付')
})

test('a fee left unpaid in the cashier is paid later from the case in 我的办件', async ({ shell }) => {
  const { page } = shell
  await applyForRenewal(shell)
  await shell.text('取消支付').click()
  await expect(shell.byTestId('fee-status')).toContainText('费用 ¥20.00 尚未缴纳')

  await shell.text('返回首页').click()
  await shell.openTab('my')
  await page.locator('.my__entry', { hasText: '我的办件' }).filter({ visible: true }).click()
  await page.locator('[data-testid^="case-"]', { hasText: '居住证换领、补领' }).filter({ visible: true }).first().click()
  const fee = shell.byTestId('case-fee')
  await expect(fee).toContainText('待缴费用 ¥20.00')
  await fee.getByText('去缴费').click()
  await expect(shell.byTestId('cashier-amount')).toHaveText('¥20.00')
  await shell.text('确认支付').click()
  await expect(shell.byTestId('case-fee')).toContainText(/已缴费用 ¥20\.00，收据号 LN-FS-/)
  await expect(shell.byTestId('case-timeline')).toContainText('已缴纳居住证工本费')
})
