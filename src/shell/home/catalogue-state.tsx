import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Catalogue } from '../catalogue'
import { describeApiError, useText } from '../i18n/text'
import { ActionButton } from '../ui/action-button'
import type { CatalogueView } from './use-catalogue'

/** Loading, unavailable with a retry, or the catalogue — with a notice when it is the offline copy. */
export function CatalogueState({ view, children }: { view: CatalogueView; children: (catalogue: Catalogue) => ReactNode }) {
  const text = useText()
  if (view.status === 'loading') return <Text className='catalogue-state__loading'>{text.catalogue.loading}</Text>
  if (view.status === 'error') {
    return (
      <View className='catalogue-state__error' role='alert'>
        <Text>{view.reason ? describeApiError(view.reason, text) : text.catalogue.unavailable}</Text>
        <ActionButton onClick={view.retry}>{text.catalogue.retry}</ActionButton>
      </View>
    )
  }
  return (
    <>
      {view.offline && (
        <View className='catalogue-state__offline' role='status'>
          {text.catalogue.offline}
        </View>
      )}
      {children(view.catalogue)}
    </>
  )
}
