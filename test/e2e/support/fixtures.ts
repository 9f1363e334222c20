import { basename, join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { seedResidentSession } from './resident'
import { shellDriver, type ShellDriver } from './shell'

/**
 * The mock backend answers an API call no handler covers with a 501 marked by
 * this header (UNHANDLED_HEADER in mock/kit/fallback.ts); in a journey that is
 * a missing handler, not a pass.
 */
const UNHANDLED_HEADER = 'x-mock-unhandled'
/** The mock backend logs a switch it could not apply (a typo in ?persona= or ?fault=) this way. */
const MOCK_PROBLEM = /^\[mock\]/

interface JourneyOptions {
  /** Start as a signed-in resident (the default); `test.use({ signedIn: false })` for a guest's journey. */
  signedIn: boolean
}

interface JourneyFixtures {
  shell: ShellDriver
  /** Uncaught page errors, unhandled API calls and rejected mock switches; any of them fails the journey. */
  pageProblems: string[]
  journeyEndScreenshot: void
}

// Fixtures hand over their value with `provide` (Playwright calls it `use`; the React hooks lint would mistake that for a hook).
export const test = base.extend<JourneyOptions & JourneyFixtures>({
  signedIn: [true, { option: true }],
  context: async ({ context, signedIn }, provide) => {
    if (signedIn) await seedResidentSession(context)
    await provide(context)
  },
  pageProblems: [
    async ({ page }, provide) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('response', (response) => {
        if (response.headers()[UNHANDLED_HEADER]) problems.push(`no mock handler for ${response.request().method()} ${response.url()}`)
      })
      page.on('console', (message) => {
        if (message.type() === 'error' && MOCK_PROBLEM.test(message.text())) problems.push(message.text())
      })
      await provide(problems)
      expect(problems, 'the page reported problems during the journey').toEqual([])
    },
    { auto: true },
  ],
  // Every journey leaves a picture of where it ended, pass or fail, for CI's artifacts and for reviewers.
  journeyEndScreenshot: [
    async ({ page }, provide, testInfo) => {
      await provide()
      const spec = basename(testInfo.file, '.spec.ts')
      const name = `${spec}--${testInfo.titlePath.slice(1).join(' - ')}`.replace(/[^\w\u4e00-\u9fff-]+/g, '_')
      const path = join(testInfo.project.outputDir, 'journeys', `${name}.png`)
      await page.screenshot({ path, fullPage: true, animations: 'disabled' })
      await testInfo.attach('journey end', { path, contentType: 'image/png' })
    },
    { auto: true },
  ],
  shell: async ({ page }, provide) => provide(shellDriver(page)),
})

export { expect }
