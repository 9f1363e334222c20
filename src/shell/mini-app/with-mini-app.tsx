import type { ComponentType } from 'react'
import { Provider } from 'react-redux'
import { bindMiniApp, miniAppStore } from '../../sdk/internal/bind-mini-app'
import { ConsentPrompt } from '../consent/consent-prompt'
import { AvailabilityGate } from '../remote-config/availability-gate'
import { LevelGate } from './level-gate'
import { MiniAppScopeProvider, type MiniAppScope } from './scope'

/**
 * Wraps a mini-app page in its scope (for the SDK's capabilities), its own
 * store (react-redux's default context, so the page can reach nothing of the
 * shell's), the remote config's kill switch and gray release,
 * its identity-level gate and the consent prompt. Generated page
 * shims call it; mini-apps never do.
 */
export const withMiniApp = <P extends object>(Page: ComponentType<P>, scope: MiniAppScope) => {
  bindMiniApp(scope)
  return function MiniAppPage(props: P) {
    return (
      <MiniAppScopeProvider scope={scope}>
        <Provider store={miniAppStore(scope.id)!}>
          <AvailabilityGate miniAppId={scope.id}>
            <LevelGate level={scope.level} route={scope.route}>
              <Page {...props} />
            </LevelGate>
          </AvailabilityGate>
        </Provider>
        <ConsentPrompt />
      </MiniAppScopeProvider>
    )
  }
}
