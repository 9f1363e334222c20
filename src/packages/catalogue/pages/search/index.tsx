import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { Catalogue, CatalogueService } from '../../../../shell/catalogue'
import { CatalogueState } from '../../../../shell/home/catalogue-state'
import { openService } from '../../../../shell/home/open-service'
import { ServiceList } from '../../../../shell/home/service-list'
import { ServiceRow } from '../../../../shell/home/service-row'
import { useCatalogueView } from '../../../../shell/home/use-catalogue'
import { useCity, useServiceUsed } from '../../../../shell/home/use-picks'
import { useLocale, useText } from '../../../../shell/i18n/text'
import { useElderMode } from '../../../../shell/mini-app/shell-facts'
import { regionName } from '../../../../shell/regions'
import { createSearchEngine, search } from '../../../../shell/search'
import { focusable } from '../../../../shell/ui/focusable'
import '../../../../shell/home/home-blocks.scss'
import './index.scss'

/** Services offered elsewhere, shown apart: the first few are enough to say where to go. */
const ELSEWHERE_ROWS = 30
// One engine per catalogue version: it remembers recent queries, so each keystroke narrows the last.
const engines = new WeakMap<Catalogue, ReturnType<typeof createSearchEngine>>()
const engineFor = (catalogue: Catalogue) => {
  const engine = engines.get(catalogue) ?? createSearchEngine(catalogue)
  engines.set(catalogue, engine)
  return engine
}

function Results({ catalogue, query }: { catalogue: Catalogue; query: string }) {
  const text = useText()
  const locale = useLocale()
  const [city] = useCity()
  const used = useServiceUsed()
  const elder = useElderMode()
  const engine = engineFor(catalogue)
  const result = useMemo(() => search(engine, query, { city }), [engine, query, city])
  const open = (s: CatalogueService) => void openService(s, used)
  if (query.trim() === '') return null
  const cityName = regionName(city, locale)
  const departmentOf = (s: CatalogueService) => text.catalogue.department(catalogue.departments[s.department].name[locale])
  return (
    <View>
      {result.offered.length > 0 && (
        <View className='home-block' data-testid='search-offered'>
          <Text className='home-block__title'>{text.catalogue.offeredHere(cityName)}</Text>
          <ServiceList
            items={result.offered.map((hit) => ({ service: hit.services[0], highlight: hit.highlight, note: departmentOf(hit.services[0]) }))}
            onOpen={open}
            elder={elder}
          />
        </View>
      )}
      {result.suggestions && (
        <View className='home-block' data-testid='search-empty'>
          <Text className='home-block__title'>{text.catalogue.noResult(query)}</Text>
          {result.suggestions.queries.length > 0 && <Text className='home-block__notice'>{`${text.catalogue.tryInstead}${result.suggestions.queries.join('、')}`}</Text>}
          <View {...focusable} role='button' className='search__more' onClick={() => void Taro.makePhoneCall({ phoneNumber: result.suggestions?.hotline ?? '12345' })}>
            {text.catalogue.hotline(result.suggestions.hotline)}
          </View>
          <Text className='home-block__notice'>{text.catalogue.popular}</Text>
          {result.suggestions.popular.map((s) => (
            <ServiceRow key={s.id} service={s} onOpen={open} />
          ))}
        </View>
      )}
      {result.elsewhere.length > 0 && (
        <View className='home-block search__elsewhere' data-testid='search-elsewhere'>
          <Text className='home-block__title'>{text.catalogue.elsewhere}</Text>
          {result.elsewhere.slice(0, ELSEWHERE_ROWS).map((hit) => (
            <ServiceRow
              key={hit.services[0].id}
              service={hit.services[0]}
              onOpen={open}
              highlight={hit.highlight}
              note={text.catalogue.elsewhereIn(hit.services.flatMap((s) => s.regions).slice(0, 4).map((code) => regionName(code, locale)).join('、'))}
            />
          ))}
        </View>
      )}
    </View>
  )
}

export default function SearchPage() {
  const text = useText()
  const elder = useElderMode()
  const catalogue = useCatalogueView()
  const [query, setQuery] = useState('')
  return (
    <View className={`search${elder ? ' elder' : ''}`}>
      <Input
        className='search__input'
        focus
        value={query}
        placeholder={text.catalogue.searchPlaceholder}
        aria-label={text.catalogue.searchLabel}
        onInput={(e) => setQuery(e.detail.value)}
      />
      <CatalogueState view={catalogue}>{(loaded) => <Results key={query} catalogue={loaded} query={query} />}</CatalogueState>
    </View>
  )
}
