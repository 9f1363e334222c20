import { controlHandlers } from './kit/control'
import { fallbackHandlers } from './kit/fallback'
import { faultHandlers } from './kit/faults'
import { guardHandlers } from './kit/guard'
import { miniAppHandlers } from './generated/mini-app-handlers'
import { auditHandlers } from './shell/audit'
import { authHandlers } from './shell/auth'
import { catalogueHandlers } from './shell/catalogue'
import { consentHandlers } from './shell/consent'
import { familyHandlers } from './shell/family'
import { favouriteHandlers } from './shell/favourites'
import { identityHandlers } from './shell/identity'
import { paymentHandlers } from './shell/payments'
import { remoteConfigHandlers } from './shell/remote-config'
import { residentHandlers } from './shell/resident'
import { caseHandlers } from './shell/cases'
import { messageHandlers } from './shell/messages'
import { scenarioHandlers } from './shell/scenarios'
import { uploadHandlers } from './shell/uploads'
import { walletHandlers } from './shell/wallet'

/**
 * Every handler of the mock backend, as one plain array shared by Jest
 * (msw/node), the H5 app (msw/browser) and the mock server for weapp and RN.
 * Order matters: tester controls, then injected latency and faults, then the
 * guard (who may call what, decided by the token), then the happy paths of
 * the shell and of each mini-app (gathered by the registry), and last a 501
 * for any API call nobody mocks.
 */
export const handlers = [
  ...controlHandlers,
  ...faultHandlers,
  ...guardHandlers,
  ...authHandlers,
  ...catalogueHandlers,
  ...remoteConfigHandlers,
  ...scenarioHandlers,
  ...identityHandlers,
  ...consentHandlers,
  ...auditHandlers,
  ...familyHandlers,
  ...residentHandlers,
  ...caseHandlers,
  ...messageHandlers,
  ...walletHandlers,
  ...favouriteHandlers,
  ...paymentHandlers,
  ...uploadHandlers,
  ...miniAppHandlers,
  ...fallbackHandlers,
]
