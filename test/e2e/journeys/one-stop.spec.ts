import { expect, test } from '../support/fixtures'
import { formDriver, openForm } from '../support/forms'

test('a parent registers a newborn in one go: uploads, reloads mid-way, resumes with the upload, and sends it to four departments', async ({ shell }) => {
  const { page } = shell
  const form = formDriver(shell)
  await shell.launch('/?persona=parent&reset=1')
  await openForm(shell, page, 'newborn-one-stop')

  await form.openTask('child')
  await form.fill('childName', '李小宝')
  await form.pickFirst('childSex')
  await form.pickFirst('birthDate')
  await form.fill('birthHospital', '中国医科大学附属盛京医院')
  await form.fill('birthWeight', '3350')
  await form.saveAndContinue()
  await expect(shell.byTestId('status-child')).toHaveText('已完成')

  await form.openTask('parents')
  await form.pickFirst('applicantRole')
  await form.fill('applicantName', '李娜')
  await form.fill('applicantIdNumber', '210102199003124622')
  await form.fill('applicantPhone', '13711113391')
  await form.fill('otherParentName', '王强')
  await form.fill('otherParentIdNumber', '210102198805203512')
  await form.pickFirst('parentsMarried')
  await form.saveAndContinue()
  await expect(shell.byTestId('status-parents')).toHaveText('已完成')

  await form.openTask('documents')
  await form.upload('parents-id-cards', '父母身份证.jpg')
  // The tab is reloaded mid-way: the draft and the mock's record of the upload both survive.
  await page.reload()
  await expect(shell.byTestId('step-documents')).toBeVisible()
  await expect(shell.byTestId('field-parents-id-cards').getByTestId('upload-done')).toContainText('父母身份证.jpg')
  await form.upload('marriage-certificate', '结婚证.jpg')
  await form.upload('household-register', '户口簿.jpg')
  await form.upload('child-photo', '宝宝.jpg')
  await form.saveAndContinue()

  await form.openTask('household')
  await form.pickFirst('registerWith')
  await form.pickFirst('householdRegion')
  await form.fill('householdAddress', '沈阳市和平区南京南街 1 号 2-3-1')
  await form.saveAndContinue()

  await form.openTask('insurance-and-card')
  await form.pickFirst('cardBank')
  await form.pickFirst('cardDelivery')
  await form.saveAndContinue()

  await shell.text('核对并提交').click()
  await expect(shell.byTestId('check-answers')).toBeVisible()
  await shell.text('确认提交').click()
  const confirmation = shell.byTestId('confirmation')
  await expect(confirmation).toBeVisible()
  await expect(shell.byTestId('reference')).toHaveText(/\S+/)
  for (const department of ['辽宁省卫生健康委员会', '辽宁省公安厅', '辽宁省医疗保障局', '辽宁省人力资源和社会保障厅']) {
    await expect(confirmation).toContainText(department)
  }
})

test('an enterprise agent starting a business sees a wrong USCC refused with its reason', async ({ shell }) => {
  const { page } = shell
  const form = formDriver(shell)
  await shell.launch('/?persona=hr-agent&reset=1')
  await openForm(shell, page, 'business-start-up')
  await expect(shell.byTestId('acting-as')).toContainText('91210100MA0N5R3X89')

  await form.openTask('name')
  await form.pickFirst('nameRegion')
  await form.fill('tradeName', '星海')
  await form.fill('industry', '软件开发')
  await form.pickFirst('organisationForm')
  await form.saveAndContinue()

  await form.openTask('shareholders')
  await form.pickFirst('hasCorporateShareholder')
  await form.fill('corporateShareholderName', '沈阳星海投资有限公司')
  await form.fill('corporateShareholderUscc', '91330100799655058C')
  await form.fill('corporateShareholderPercent', '30')
  await form.saveAndContinue()
  await expect(shell.byTestId('field-corporateShareholderUscc').getByRole('alert')).toHaveText('统一社会信用代码校验位不正确，请核对营业执照')
  await form.fill('corporateShareholderUscc', '91330100799655058B')
  await form.saveAndContinue()
  await expect(shell.byTestId('status-shareholders')).toHaveText('已完成')
})
