import { expect, test } from '../support/fixtures'

/** My → 消息 → the message about a case, as the retiree reaches it. The ids are the mock's seeds (mock/shell/message-seeds.ts). */
test('the retiree opens 消息, opens the unread message about her case and lands on the case', async ({ shell }) => {
  await shell.launch('/?persona=retiree&reset=1')
  await shell.openTab('my')
  const entry = shell.page.locator('.my__entry', { hasText: '消息' }).filter({ visible: true })
  await expect(entry.locator('.my__badge')).toHaveText('1')
  await entry.click()
  const message = shell.byTestId('message-m-retire')
  await expect(message).toContainText('未读')
  await message.click()
  await expect(shell.byTestId('case-detail')).toBeVisible()
  await expect(shell.byTestId('case-detail')).toContainText('退休申请')
})
