import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Catalogue, CatalogueService } from '../catalogue'
import { regionName } from '../regions'
import { useLocale, useText } from '../i18n/text'
import { openService } from './open-service'
import { ServiceRow } from './service-row'
import { useFavourites } from './use-favourites'
import { useCity, useRecent, useServiceUsed } from './use-picks'
import { focusable } from '../ui/focusable'
import './home-blocks.scss'

/** How many top services the simplified elder Home shows. */
export const ELDER_TOP = 6
const HOT_SHOWN = 8

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <View className='home-block' data-testid={testId}>
      <View className='home-block__title' role='heading' aria-level={2}>
        {title}
      </View>
      {children}
    </View>
  )
}

const known = (catalogue: Catalogue, ids: readonly string[]): CatalogueService[] =>
  ids.map((id) => catalogue.byId(id)).filter((s): s is CatalogueService => s !== undefined)

/**
 * Home's services for the chosen city: favourites, recently used, the city's
 * hot services, categories and notices; in elder mode only favourites and
 * the top services, large.
 */
export function HomeCatalogue({ catalogue, elder }: { catalogue: Catalogue; elder: boolean }) {
  const text = useText()
  const locale = useLocale()
  const [city] = useCity()
  const favourites = useFavourites()
  const recent = useRecent()
  const used = useServiceUsed()
  const open = (service: CatalogueService) => void openService(service, used)
  const rows = (services: CatalogueService[]) => services.map((s) => <ServiceRow key={s.id} service={s} onOpen={open} />)
  const hot = catalogue.hotIn(city)
  const favouriteServices = known(catalogue, favourites.ids)
  const favouriteSection = (
    <Section title={text.catalogue.favourites} testId='home-favourites'>
      {favouriteServices.length > 0 ? rows(favouriteServices) : <Text className='home-block__empty'>{text.catalogue.noFavourites}</Text>}
    </Section>
  )
  if (elder) {
    return (
      <>
        {favouriteSection}
        <Section title={text.catalogue.elderTop} testId='home-top'>
          {rows(hot.slice(0, ELDER_TOP))}
        </Section>
      </>
    )
  }
  const recentServices = known(catalogue, recent)
  return (
    <>
      {favouriteSection}
      {recentServices.length > 0 && <Section title={text.catalogue.recent}>{rows(recentServices)}</Section>}
      <Section title={text.catalogue.hot(regionName(city, locale))} testId='home-hot'>
        {rows(hot.slice(0, HOT_SHOWN))}
      </Section>
      <Section title={text.catalogue.categories}>
        <View className='home-block__chips'>
          {catalogue.themes.map((at) => (
            <View key={at} {...focusable} role='link' className='home-block__chip' onClick={() => Taro.switchTab({ url: '/pages/services/index' })}>
              {catalogue.categories[at].name[locale]}
            </View>
          ))}
        </View>
      </Section>
      <Section title={text.catalogue.notices}>
        {text.catalogue.noticeList.map((notice) => (
          <Text key={notice} className='home-block__notice'>
            {notice}
          </Text>
        ))}
      </Section>
    </>
  )
}
