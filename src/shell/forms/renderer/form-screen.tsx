import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Scenario } from '../../../sdk/scenario'
import { useCatalogue } from '../../catalogue/catalogue-api'
import { ConsentPrompt } from '../../consent/consent-prompt'
import { describeApiError, useText } from '../../i18n/text'
import { LevelGate } from '../../mini-app/level-gate'
import { MiniAppScopeProvider, type MiniAppScope } from '../../mini-app/scope'
import { selectSignedIn } from '../../identity/session-slice'
import { shellRoutes } from '../../navigation/shell-routes'
import { useGetProfileQuery, type Profile } from '../../resident/resident-api'
import { useAppSelector } from '../../store/hooks'
import { ActionButton } from '../../ui/action-button'
import { FormFlow } from './form-flow'
import { useFormsText } from './forms-text'
import { residentKeyOf } from './observed-session'
import { useScenario } from './use-scenario'
import { useSubject } from './use-subject'
import './form-screen.scss'

export const FORM_ROUTE = '/forms/pages/tasks/index'

function Subjected({ scenario, profile }: { scenario: Scenario; profile: Profile }) {
  const text = useFormsText()
  const resolved = useSubject(scenario, profile)
  if (resolved.status === 'loading') return <Text className='form-page__note'>{text.loading}</Text>
  if (resolved.status === 'missing') {
    return (
      <View className='form-page' data-testid='no-subject'>
        <Text className='form-page__lead'>{resolved.kind === 'enterprise' ? text.subject.enterprise : text.subject.none}</Text>
        {resolved.kind === 'family-member' ? <ActionButton onClick={() => void Taro.navigateTo({ url: shellRoutes.family })}>{text.subject.family}</ActionButton> : null}
      </View>
    )
  }
  const draftRef = { residentKey: residentKeyOf(profile), scenarioId: scenario.id, ...(resolved.subjectKey ? { subjectKey: resolved.subjectKey } : {}) }
  return (
    <>
      {scenario.audience === 'enterprise' && profile.enterprise ? (
        <Text className='form-page__note' data-testid='acting-as'>{text.subject.actingAs(profile.enterprise.name, profile.enterprise.uscc)}</Text>
      ) : null}
      <FormFlow scenario={scenario} draftRef={draftRef} subject={resolved.subject} />
    </>
  )
}

/** The scenario acts as a mini-app for consent and the server: its id, its manifest's scopes (from the catalogue). */
function Scoped({ scenario }: { scenario: Scenario }) {
  const { data: catalogue } = useCatalogue()
  const signedIn = useAppSelector(selectSignedIn)
  // Asked only once signed in: the level gate signs the resident in first.
  const profile = useGetProfileQuery(undefined, { skip: !signedIn })
  const entry = catalogue?.find((e) => e.id === scenario.id)
  const scope = useMemo((): MiniAppScope => ({
    id: scenario.id, name: scenario.title, level: scenario.level, route: FORM_ROUTE, permissions: entry?.permissions ?? [], allowedDomains: [],
  }), [scenario, entry])
  return (
    <MiniAppScopeProvider scope={scope}>
      <LevelGate level={scenario.level} route={FORM_ROUTE}>
        {profile.data ? <Subjected scenario={scenario} profile={profile.data} /> : null}
      </LevelGate>
      <ConsentPrompt />
    </MiniAppScopeProvider>
  )
}

/**
 * The form renderer's screen: the served definition, checked with the shared
 * schema first; a refused one is a clear message, never a broken page.
 */
export function FormScreen({ scenarioId }: { scenarioId: string }) {
  const text = useFormsText()
  const shell = useText()
  const loaded = useScenario(scenarioId)
  if (loaded.status === 'loading') return <View className='form-page'><Text className='form-page__note'>{text.loading}</Text></View>
  if (loaded.status === 'failed') {
    const notFound = loaded.error.kind === 'http' && loaded.error.status === 404
    return (
      <View className='form-page' data-testid='form-unavailable'>
        <Text className='form-page__lead'>{notFound ? text.notFound : `${text.unavailable} ${describeApiError(loaded.error, shell)}`}</Text>
        {notFound ? null : <ActionButton onClick={loaded.retry}>{text.retry}</ActionButton>}
      </View>
    )
  }
  if (loaded.status === 'invalid') {
    return (
      <View className='form-page' data-testid='form-invalid' role='alert'>
        <Text className='form-page__lead'>{text.badDefinition}</Text>
        <Text className='form-page__note'>{text.badDefinitionDetail(loaded.problems.length)}</Text>
      </View>
    )
  }
  return <Scoped scenario={loaded.scenario} />
}
