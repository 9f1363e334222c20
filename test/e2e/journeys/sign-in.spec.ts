import { expect, test } from '../support/fixtures'

/** A first-time visitor: the privacy notice comes first, then SMS sign-in from My; Home and My then know who it is. */
test.use({ signedIn: false })

test('a new visitor accepts the privacy notice and signs in with an SMS code', async ({ shell, page }) => {
  await page.goto('/')
  const notice = page.getByRole('dialog', { name: '个人信息保护提示' }).filter({ visible: true })
  await expect(notice).toBeVisible()
  await notice.getByText('同意并继续', { exact: true }).click()
  await expect(shell.byTestId('mini-app-transport')).toBeVisible()

  await shell.openTab('my')
  await expect(shell.text('未登录')).toBeVisible()
  await shell.text('登录 / 注册').click()
  await expect(page).toHaveURL(/#\/packages\/account\/pages\/login\/index/)

  // Taro puts the aria-label on its wrapper element; the real <input> is named by its placeholder.
  await page.getByRole('spinbutton', { name: '请输入 11 位手机号' }).fill('13800000000')
  await shell.text('获取验证码').click()
  await expect(page.getByRole('status').filter({ visible: true })).toContainText('验证码已发送')
  // The mock backend's SMS code is always 123456 (docs/testing.md).
  await page.getByRole('spinbutton', { name: '请输入 6 位验证码' }).fill('123456')
  await shell.text('登录').click()

  // Signed in from My with nowhere else to return to, the resident lands on Home, greeted by (masked) name.
  await expect(page).toHaveURL(/#\/pages\/home\/index/)
  await expect(page.getByText('张*明', { exact: false }).filter({ visible: true }).first()).toBeVisible()
  await shell.openTab('my')
  await expect(shell.byTestId('identity-level')).toBeVisible()
  await expect(shell.text('未登录')).toHaveCount(0)
})
