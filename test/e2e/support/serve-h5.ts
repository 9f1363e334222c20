import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from './static-server'

/**
 * Playwright's webServer: serves the production H5 mock build from dist/h5.
 * It refuses a build without the MSW worker, because every journey would
 * then fail on its first request with a far less helpful message.
 */
const dist = join(__dirname, '..', '..', '..', 'dist', 'h5')
const port = Number(process.env.E2E_PORT ?? 4317)

if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'mockServiceWorker.js'))) {
  console.error('dist/h5 is not a mock build. Run `npm run e2e` (it builds one) or `TARO_APP_MOCK=on npm run build:h5`.')
  process.exit(1)
}

serveStatic(dist, { port }).then(
  (server) => console.log(`serving dist/h5 (mock build) at ${server.url}`),
  (e: unknown) => {
    console.error(`could not serve dist/h5 on port ${port}:`, e)
    process.exit(1)
  },
)
