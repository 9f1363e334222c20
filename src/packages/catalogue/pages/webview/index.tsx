import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View, WebView } from '@tarojs/components'
import { webviewRefusal, type Catalogue } from '../../../../shell/catalogue'
import { CatalogueState } from '../../../../shell/home/catalogue-state'
import { useCatalogueView } from '../../../../shell/home/use-catalogue'
import { useServiceText } from '../../../../shell/home/service-text'
import { useLocale } from '../../../../shell/i18n/text'
import { useElderMode } from '../../../../shell/mini-app/shell-facts'
import { ActionButton } from '../../../../shell/ui/action-button'
import '../../../../shell/home/home-blocks.scss'
import '../service/index.scss'

/** The host to name in a refusal, without the path (which may carry anything). */
const hostOf = (url: string): string => /^[a-z]+:\/\/([^/?#]*)/i.exec(url)?.[1] ?? url

function Page({ catalogue, id }: { catalogue: Catalogue; id: string }) {
  const serviceText = useServiceText()
  const locale = useLocale()
  const [leaving, setLeaving] = useState(false)
  const service = catalogue.byId(id)
  if (service?.kind !== 'webview') return <Text className='service__coming'>{serviceText.webview.notFound}</Text>
  const refused = webviewRefusal(service.url)
  // The URL opens exactly as listed: the resident's token is never added to it.
  if (leaving && !refused) return <WebView src={service.url} />
  return (
    <View>
      <View className='service__header'>
        <View className='service__name' role='heading' aria-level={1}>
          {service.pageTitle[locale]}
        </View>
        <Text className='service__department'>{service.url}</Text>
      </View>
      {refused ? (
        <View className='service__coming' role='alert' data-testid='webview-refused'>
          {serviceText.webview.refused(hostOf(service.url))}
        </View>
      ) : (
        <View>
          <View className='service__coming' role='status'>
            {serviceText.webview.leaving}
          </View>
          <View className='webview__actions'>
            <ActionButton onClick={() => setLeaving(true)}>{serviceText.webview.open}</ActionButton>
          </View>
        </View>
      )}
    </View>
  )
}

/** A web page service: its title and a "leaving the app" notice first; hosts off the allow-list are refused. */
export default function WebviewPage() {
  const { params } = useRouter()
  const elder = useElderMode()
  const catalogue = useCatalogueView()
  return (
    <View className={`service${elder ? ' elder' : ''}`}>
      <CatalogueState view={catalogue}>{(loaded) => <Page catalogue={loaded} id={decodeURIComponent(params.id ?? '')} />}</CatalogueState>
    </View>
  )
}
