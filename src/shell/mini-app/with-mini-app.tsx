import type { ComponentType } from 'react'
import { LevelGate } from './level-gate'
import { MiniAppScopeProvider, type MiniAppScope } from './scope'
import { registerScope } from './scope-registry'
import { ConsentPrompt } from '../consent/consent-prompt'

/**
 * Wraps a mini-app page in its scope (for the SDK's capabilities), its
 * identity-level gate, and the consent prompt. Generated page shims call it;
 * mini-apps never do.
 */
export const withMiniApp = <P extends object>(Page: ComponentType<P>, scope: MiniAppScope) => {
  registerScope(scope)
  return function MiniAppPage(props: P) {
    return (
      <MiniAppScopeProvider scope={scope}>
        <LevelGate level={scope.level} route={scope.route}>
          <Page {...props} />
        </LevelGate>
        <ConsentPrompt />
      </MiniAppScopeProvider>
    )
  }
}
