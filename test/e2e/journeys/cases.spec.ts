import { expect, test } from '../support/fixtures'
import type { ShellDriver } from '../support/shell'

/** My → 我的办件 → one case, as residents reach it. The case ids are the mock's seeds (mock/shell/seeds.ts). */
const openCase = async (shell: ShellDriver, persona: string, caseId: string) => {
  await shell.launch(`/?persona=${persona}&reset=1`)
  await shell.openTab('my')
  await shell.page.locator('.my__entry', { hasText: '我的办件' }).filter({ visible: true }).click()
  await shell.byTestId(`case-${caseId}`).click()
  await expect(shell.byTestId('case-detail')).toBeVisible()
}

test('a parent follows the one-stop newborn case: each department’s part on its own, and the whole', async ({ shell }) => {
  await openCase(shell, 'parent', 'a-2026-1118')
  const parts = shell.byTestId('case-parts')
  await expect(parts.locator('[data-testid^="case-part-"]')).toHaveCount(4)
  await expect(parts).toContainText('4 个部门中已有 1 个办结')
  await expect(shell.byTestId('case-timeline')).toContainText('申请已提交')
})

test('a resident rates a completed case 2 with a reason and sees the department’s follow-up', async ({ shell }) => {
  await openCase(shell, 'resident', 'a-2026-0920')
  const form = shell.byTestId('rating-form')
  await form.getByText('2 星 不满意').click()
  await form.getByText('办理时间过长').click()
  await form.locator('.ui-button', { hasText: '提交评价' }).click()
  await expect(shell.byTestId('rating-given')).toContainText('2 星 不满意')
  await expect(shell.byTestId('rating-form')).toHaveCount(0)
  // The mock's department answers a few seconds later; the case page looks again while the follow-up is open.
  await expect(shell.byTestId('follow-up')).toContainText('的答复', { timeout: 20_000 })
})
