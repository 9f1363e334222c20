import { expect, test } from '../support/fixtures'

/** Each mini-app opens from its Home tile, in its own subpackage route, and shows what the mock backend serves. */
test.describe('a resident opens a mini-app from Home', () => {
  test('social security shows the pension account balance', async ({ shell }) => {
    await shell.openHome()
    await shell.openMiniApp('social-security')
    await expect(shell.text('¥86,532.10')).toBeVisible()
  })

  test('transport shows the bus card and filters violations', async ({ shell }) => {
    await shell.openHome()
    await shell.openMiniApp('transport')
    await expect(shell.text('¥42.50')).toBeVisible()
    // 未处理 (unpaid) is the default filter.
    await expect(shell.byTestId('violation-v-2026-0001')).toBeVisible()
    await expect(shell.byTestId('violation-v-2026-0003')).toHaveCount(0)

    await shell.text('已缴款').first().click()
    await expect(shell.byTestId('violation-v-2026-0003')).toBeVisible()
    await expect(shell.byTestId('violation-v-2026-0001')).toHaveCount(0)

    await shell.text('全部').click()
    await expect(shell.page.locator('[data-testid^="violation-"]').filter({ visible: true })).toHaveCount(3)
  })

  test('health shows the booked appointment', async ({ shell }) => {
    await shell.openHome()
    await shell.openMiniApp('health')
    await expect(shell.text('中国医科大学附属第一医院')).toBeVisible()
    await expect(shell.byTestId('appointment-a-1001')).toBeVisible()
  })
})
