import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formsEn } from '../../locales/forms/en'
import { formsZhCN } from '../../locales/forms/zh-CN'
import { formEntryRoute } from '../../sdk/manifest/catalogue'
import { useLocale } from '../i18n/text'
import { platform } from '../platform/platform'
import { useGetProfileQuery } from '../resident/resident-api'
import { createDraftStore } from './drafts'
import { residentKeyOf } from './renderer/observed-session'

/**
 * My → unsent drafts: each form the resident started, when it expires, and a
 * warning in its last days; tapping one resumes it where they left off.
 * Expired drafts are removed as they are listed.
 */
export function MyDrafts() {
  const locale = useLocale()
  const text = (locale === 'en' ? formsEn : formsZhCN).drafts
  const profile = useGetProfileQuery()
  if (!profile.data) return null
  const drafts = createDraftStore({ storage: platform }).list(residentKeyOf(profile.data))
  if (drafts.length === 0) return null
  return (
    <View className='my__card' data-testid='my-drafts'>
      <Text className='my__label'>{text.title}</Text>
      {drafts.map((draft) => (
        <View
          key={`${draft.ref.scenarioId}:${draft.ref.subjectKey ?? ''}`}
          className='my__entry'
          data-testid={`draft-${draft.ref.scenarioId}`}
          onClick={() => Taro.navigateTo({ url: formEntryRoute(draft.ref.scenarioId) })}
        >
          <Text className='my__entry-text'>{draft.title[locale]}</Text>
          <Text className={draft.status === 'expiring' ? 'my__line my__line--warning' : 'my__line'}>
            {draft.status === 'expiring' ? text.expiring(draft.daysLeft) : `${text.steps(draft.savedSteps)} · ${text.expires(draft.daysLeft)}`}
          </Text>
        </View>
      ))}
    </View>
  )
}
