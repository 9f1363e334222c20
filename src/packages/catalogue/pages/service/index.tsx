import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Catalogue, CatalogueService } from '../../../../shell/catalogue'
import { CatalogueState } from '../../../../shell/home/catalogue-state'
import { FavouriteButton } from '../../../../shell/home/favourite-button'
import { useGetGuideQuery } from '../../../../shell/home/guide-api'
import { GuideView } from '../../../../shell/home/guide-view'
import { serviceRoute } from '../../../../shell/home/open-service'
import { useCatalogueView } from '../../../../shell/home/use-catalogue'
import { useServiceText } from '../../../../shell/home/service-text'
import { useLocale } from '../../../../shell/i18n/text'
import { useElderMode } from '../../../../shell/mini-app/shell-facts'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'
import { ActionButton } from '../../../../shell/ui/action-button'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/home/home-blocks.scss'
import './index.scss'

function Guide({ id }: { id: string }) {
  const guide = useGetGuideQuery(id)
  return <QueryView query={guide}>{(loaded) => <GuideView guide={loaded} />}</QueryView>
}

/** What the page offers below the header: the guide, a "coming" state, or the way in. */
function Body({ service }: { service: CatalogueService }) {
  const serviceText = useServiceText()
  if (service.kind === 'guide') return <Guide id={service.id} />
  const route = serviceRoute(service)
  if (route.startsWith(shellRoutes.service)) {
    return (
      <View className='service__coming' role='status'>
        {serviceText.coming}
      </View>
    )
  }
  return <ActionButton onClick={() => Taro.navigateTo({ url: route })}>{service.kind === 'form' ? serviceText.openForm : serviceText.openService}</ActionButton>
}

function Service({ catalogue, id }: { catalogue: Catalogue; id: string }) {
  const serviceText = useServiceText()
  const locale = useLocale()
  const service = catalogue.byId(id)
  if (!service) return <Text className='service__coming'>{serviceText.guide.notFound}</Text>
  return (
    <View>
      <View className='service__header'>
        <View className='service__name' role='heading' aria-level={1}>
          {service.name[locale]}
        </View>
        <Text className='service__department'>{catalogue.departments[service.department].name[locale]}</Text>
        <FavouriteButton id={service.id} />
      </View>
      <Body service={service} />
    </View>
  )
}

/** One service's page: its guide (办事指南) rendered from data, or how to open it; favourite it from here. */
export default function ServicePage() {
  const { params } = useRouter()
  const elder = useElderMode()
  const catalogue = useCatalogueView()
  const id = decodeURIComponent(params.id ?? '')
  return (
    <View className={`service${elder ? ' elder' : ''}`}>
      <CatalogueState view={catalogue}>{(loaded) => <Service catalogue={loaded} id={id} />}</CatalogueState>
    </View>
  )
}
