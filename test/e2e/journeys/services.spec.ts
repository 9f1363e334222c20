import { expect, test } from '../support/fixtures'

/** Services groups every mini-app under its category, in the vocabulary's order, and each row opens it. */
test('Services lists the mini-apps by category', async ({ shell }) => {
  await shell.openHome()
  await shell.openTab('services')

  // Category heading, then the department of the one mini-app filed under it.
  const expectedOrder = [
    '社会保障', '辽宁省人力资源和社会保障厅',
    '交通出行', '辽宁省公安厅交通警察总队',
    '医疗健康', '辽宁省卫生健康委员会',
  ]
  await expect(shell.text('共 1 项')).toHaveCount(3)
  // innerText leaves out the pages Taro keeps hidden, so this is what is on screen.
  const text = await shell.page.locator('body').innerText()
  const positions = expectedOrder.map((label) => text.indexOf(label))
  expect(positions.every((p) => p >= 0), `Services shows ${JSON.stringify(text)}`).toBe(true)
  expect(positions).toEqual([...positions].sort((a, b) => a - b))

  await shell.openMiniApp('transport')
  await expect(shell.text('¥42.50')).toBeVisible()
})
