import { checkCharacter } from '../../../src/shell/identity/id-number'
import { expect, test } from '../support/fixtures'

/** Taro's H5 Input puts its label on a wrapper element; residents type into the input inside it. */
const field = (page: import('@playwright/test').Page, label: string) => page.locator(`taro-input-core[aria-label="${label}"] input`).first()
const ID_NUMBER = '21010219900101123' + checkCharacter('21010219900101123')

test('a new resident opens an L3 service, steps up through L2 and the face check, and lands on it', async ({ shell }) => {
  const { page } = shell
  await shell.launch('/?persona=new-user')
  await shell.openMiniApp('social-security').catch(() => undefined)
  await expect(page).toHaveURL(/#\/packages\/account\/pages\/verify\/index\?level=L3&redirect=/)
  await expect(shell.text('该服务需要完成人脸核验')).toBeVisible()

  await field(page, '姓名').fill('孙小雨')
  await field(page, '身份证号').fill(ID_NUMBER.slice(0, 17) + (ID_NUMBER[17] === '0' ? '1' : '0'))
  await shell.text('提交核验').click()
  await expect(shell.text('身份证号校验位不正确，请核对')).toBeVisible()
  await field(page, '身份证号').fill(ID_NUMBER)
  await shell.text('提交核验').click()

  await shell.text('开始人脸核验').click()
  await shell.text('模拟核验通过').click()
  await expect(page).toHaveURL(/#\/mini-apps\/social-security\/pages\/index/)
  // A new resident has no insurance record yet: the page says so, with a retry.
  await expect(shell.text('未查询到您的社保参保记录')).toBeVisible()
})
