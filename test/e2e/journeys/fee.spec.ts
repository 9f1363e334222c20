import { expect, test } from '../support/fixtures'
import { formDriver, openForm } from '../support/forms'

test('a resident renews a residence permit and pays its 20 yuan card fee in the same go, then finds the order in My → Orders', async ({ shell }) => {
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
