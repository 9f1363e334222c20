import { controlHandlers } from './kit/control'
import { fallbackHandlers } from './kit/fallback'
import { faultHandlers } from './kit/faults'
import { miniAppHandlers } from './generated/mini-app-handlers'
import { authHandlers } from './shell/auth'
import { catalogueHandlers } from './shell/catalogue'
import { familyHandlers } from './shell/family'
import { identityHandlers } from './shell/identity'
import { paymentHandlers } from './shell/payments'
import { residentHandlers } from './shell/resident'
import { scenarioHandlers } from './shell/scenarios'
import { uploadHandlers } from './shell/uploads'

/**
 * Every handler of the mock backend, as one plain array shared by Jest
 * (msw/node), the H5 app (msw/browser) and the mock server for weapp and RN.
 * Order matters: tester controls, then injected latency and faults, then the
 * sign-in guard, then the
 * happy paths of the shell and of each mini-app (gathered by the registry),
 * and last a 501 for any API call nobody mocks.
 */
export const handlers = [
  ...controlHandlers,
  ...faultHandlers,
  ...authHandlers,
  ...catalogueHandlers,
  ...scenarioHandlers,
  ...identityHandlers,
  ...familyHandlers,
  ...residentHandlers,
  ...paymentHandlers,
  ...uploadHandlers,
  ...miniAppHandlers,
  ...fallbackHandlers,
]
