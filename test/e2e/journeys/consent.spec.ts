import { expect, test } from '../support/fixtures'

test('a resident denies, then allows, the ID number to transport, and revokes it in My', async ({ shell }) => {
  const { page } = shell
  const sheet = page.getByRole('dialog', { name: '「交通出行」申请使用您的以下信息' })
  await shell.openHome()
  await shell.openMiniApp('transport')

  await shell.text('查看驾驶证信息').click()
  await expect(sheet).toContainText('用途：用于查询您名下车辆和驾驶证的违法记录')
  await sheet.getByText('拒绝', { exact: true }).click()
  await expect(shell.text('您未授权使用身份证号，无法查询驾驶证信息。')).toBeVisible()

  await shell.text('查看驾驶证信息').click()
  await sheet.getByText('允许', { exact: true }).click()
  await expect(page.getByText(/^驾驶证号 2101\*{10}\w{4}$/).filter({ visible: true })).toBeVisible()

  await shell.back()
  await shell.openTab('my')
  await shell.text('隐私记录').click()
  // The server's record, newest first: the read, the grant, and the two reads refused before it.
  const entries = page.getByTestId('audit-entry').filter({ visible: true })
  await expect(entries).toHaveCount(4)
  await expect(entries.nth(0)).toContainText('已使用')
  await expect(entries.nth(1)).toContainText('您同意了授权')
  await expect(entries.nth(3)).toContainText('未获您的授权')

  await shell.back()
  await shell.text('授权管理').click()
  await expect(page.getByTestId('grant-transport-profile.idNumber').filter({ visible: true })).toContainText('交通出行 · 身份证号')
  await shell.text('撤回授权').click()
  await expect(shell.text('您还没有授权任何服务使用您的个人信息')).toBeVisible()
})
