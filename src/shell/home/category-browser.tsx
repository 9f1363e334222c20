import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Catalogue, CatalogueService } from '../catalogue'
import { cityOf, isOfferedIn } from '../regions'
import { useLocale, useText } from '../i18n/text'
import { openService } from './open-service'
import { ServiceRow } from './service-row'
import { useCity, useServiceUsed } from './use-picks'
import { focusable } from '../ui/focusable'
import './category-browser.scss'

type Mode = 'theme' | 'department'

/** Counts, for each category, the services offered in the city beneath it. */
const countsIn = (catalogue: Catalogue, offered: (s: CatalogueService) => boolean): number[] => {
  const counts = catalogue.categories.map((c) => c.services.filter((at) => offered(catalogue.services[at])).length)
  // Children come after their parents in the index, so summing backwards reaches the themes.
  for (let at = catalogue.categories.length - 1; at >= 0; at -= 1) {
    const parent = catalogue.categories[at].parent
    if (parent !== undefined) counts[parent] += counts[at]
  }
  return counts
}

/**
 * The whole tree (themes → subjects → matters, 942 categories), one level at
 * a time, or the departments serving the city; only services offered in the
 * chosen city are counted and listed.
 */
export function CategoryBrowser({ catalogue }: { catalogue: Catalogue }) {
  const text = useText()
  const locale = useLocale()
  const [city] = useCity()
  const used = useServiceUsed()
  const [mode, setMode] = useState<Mode>('theme')
  const [path, setPath] = useState<number[]>([])
  const offered = (s: CatalogueService) => isOfferedIn(s.regions, city)
  const counts = useMemo(() => countsIn(catalogue, (s) => isOfferedIn(s.regions, city)), [catalogue, city])
  const departments = useMemo(
    () => catalogue.departments.filter((d) => (d.region === '210000' || cityOf(d.region) === city) && d.services.length > 0),
    [catalogue, city],
  )
  const here = path.length > 0 ? path[path.length - 1] : undefined
  const open = (s: CatalogueService) => void openService(s, used)
  const services = (positions: readonly number[]) =>
    positions.map((at) => catalogue.services[at]).filter(offered).map((s) => <ServiceRow key={s.id} service={s} onOpen={open} />)
  const level = (positions: readonly number[], names: (at: number) => string, count: (at: number) => number) =>
    positions.filter((at) => count(at) > 0).map((at) => (
      <View key={at} {...focusable} role='button' className='category-browser__row' onClick={() => setPath([...path, at])}>
        <Text className='category-browser__name'>{names(at)}</Text>
        <Text className='category-browser__count'>{text.catalogue.serviceCount(count(at))}</Text>
      </View>
    ))
  const switchMode = (next: Mode) => {
    setMode(next)
    setPath([])
  }
  let body
  if (mode === 'department') {
    body = here === undefined
      ? level(departments.map((d) => d.position), (at) => catalogue.departments[at].name[locale], (at) => catalogue.departments[at].services.filter((s) => offered(catalogue.services[s])).length)
      : services(catalogue.departments[here].services)
  } else if (here !== undefined && catalogue.categories[here].children.length === 0) {
    body = services(catalogue.categories[here].services)
  } else {
    const positions = here === undefined ? catalogue.themes : catalogue.categories[here].children
    body = level(positions, (at) => catalogue.categories[at].name[locale], (at) => counts[at])
  }
  return (
    <View className='category-browser'>
      <View className='category-browser__modes' role='tablist'>
        {(['theme', 'department'] as const).map((m) => (
          <View key={m} {...focusable} role='tab' aria-selected={mode === m} className={`category-browser__mode${mode === m ? ' category-browser__mode--on' : ''}`} onClick={() => switchMode(m)}>
            {m === 'theme' ? text.catalogue.byTheme : text.catalogue.byDepartment}
          </View>
        ))}
      </View>
      {path.length > 0 && (
        <View {...focusable} role='button' className='category-browser__back' onClick={() => setPath(path.slice(0, -1))}>
          <Text>{`‹ ${text.catalogue.back}`}</Text>
          <Text className='category-browser__where'>
            {mode === 'department' ? catalogue.departments[path[0]].name[locale] : path.map((at) => catalogue.categories[at].name[locale]).join(' / ')}
          </Text>
        </View>
      )}
      {body}
    </View>
  )
}
