import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS, requireChromium } from './support/chromium'

/**
 * Browser journeys over the PRODUCTION H5 build with the MSW worker
 * (`TARO_APP_MOCK=on npm run build:h5`), served as static files on 127.0.0.1.
 * `npm run e2e` builds it first; each journey is one spec under journeys/.
 */
const root = join(__dirname, '..', '..')
const port = Number(process.env.E2E_PORT ?? 4317)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: join(__dirname, 'journeys'),
  testMatch: '**/*.spec.ts',
  outputDir: join(root, 'test-results', 'e2e'),
  fullyParallel: true,
  // Two cores: a second worker helps, a third only makes them fight.
  workers: 2,
  forbidOnly: !!process.env.CI,
  // A journey that needs a retry is a bug to fix, not noise to hide.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_FLAGS },
    // A phone-sized window, as residents see the H5 app.
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node ${join(root, 'node_modules', '.bin', 'tsx')} ${join(__dirname, 'support', 'serve-h5.ts')}`,
    url: `${baseURL}/mockServiceWorker.js`,
    env: { E2E_PORT: String(port) },
    // Never test whatever else happens to listen on the port.
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 30_000,
  },
})
