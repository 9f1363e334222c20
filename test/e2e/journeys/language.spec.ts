import { expect, test } from '../support/fixtures'

const ENGLISH_CHUNK = /\/js\/locale-en\.[0-9a-f]+\.js$/

/** The language chosen on My applies to the shell and to the catalogue's mini-app names on Home. */
test('switching to English in My changes Home, and the choice survives a reload', async ({ shell, page }) => {
  const englishFetches: string[] = []
  page.on('request', (request) => void (ENGLISH_CHUNK.test(request.url()) && englishFetches.push(request.url())))
  await shell.openHome()
  await expect(shell.text('常用服务')).toBeVisible()
  // Chinese residents never download English.
  expect(englishFetches).toEqual([])

  await shell.openTab('my')
  await shell.text('English').click()
  await expect(shell.text('Language')).toBeVisible()
  expect(englishFetches).toHaveLength(1)

  await shell.openTab('home')
  await expect(shell.text('Frequently used')).toBeVisible()
  await expect(shell.byTestId('mini-app-health')).toContainText('Health')
  await expect(shell.text('常用服务')).toHaveCount(0)

  // Launching with English chosen fetches its chunk again and switches to it.
  await page.reload()
  await expect(shell.text('Frequently used')).toBeVisible()
  await expect(shell.text('常用服务')).toHaveCount(0)
})

test('offline, picking English says the network failed and keeps Chinese', async ({ shell, page }) => {
  // On the context: with the mock backend's service worker in between, the chunk is fetched by the worker.
  await page.context().route(ENGLISH_CHUNK, (route) => route.abort('internetdisconnected'))
  await shell.openHome()
  await shell.openTab('my')
  await shell.text('English').click()
  await expect(shell.text('语言')).toBeVisible()
  await expect(shell.text('English')).toBeVisible()
  await expect(page.getByText(/网络/).first()).toBeVisible()
  await expect(shell.text('Language')).toHaveCount(0)
})
