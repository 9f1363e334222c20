import { Text, View } from '@tarojs/components'
import { Chip } from '../../sdk/ui/chip'
import { useCatalogue } from '../catalogue/catalogue-api'
import { useLocale, useText } from '../i18n/text'
import { CASE_STATUSES, type CaseFilter, type CaseStatus } from './cases-api'
import { useCasesText } from './cases-text'

/** Picks one status and one mini-app (or all); the mini-apps offered are those the resident has cases with. */
export function CaseFilters({ filter, onChange, scenarioIds }: { filter: CaseFilter; onChange: (f: CaseFilter) => void; scenarioIds: string[] }) {
  const text = useText()
  const words = useCasesText()
  const locale = useLocale()
  const catalogue = useCatalogue()
  const nameOf = (id: string) => catalogue.data?.find((e) => e.id === id)?.name[locale] ?? id
  const pick = <K extends keyof CaseFilter>(key: K, value: CaseFilter[K] | undefined) => {
    const next = { ...filter }
    if (value === undefined) delete next[key]
    else next[key] = value
    onChange(next)
  }
  return (
    <View className='cases__filters' data-testid='case-filters'>
      <Text className='cases__filter-label'>{words.statusFilter}</Text>
      <Chip label={words.all} selected={!filter.status} onChange={() => pick('status', undefined)} />
      {CASE_STATUSES.map((status: CaseStatus) => (
        <Chip key={status} label={text.applicationStatus[status]} selected={filter.status === status}
          onChange={(on) => pick('status', on ? status : undefined)} />
      ))}
      {scenarioIds.length > 1 && <Text className='cases__filter-label'>{words.miniAppFilter}</Text>}
      {scenarioIds.length > 1 && <Chip label={words.all} selected={!filter.scenarioId} onChange={() => pick('scenarioId', undefined)} />}
      {scenarioIds.length > 1 && scenarioIds.map((id) => (
        <Chip key={id} label={nameOf(id)} selected={filter.scenarioId === id} onChange={(on) => pick('scenarioId', on ? id : undefined)} />
      ))}
    </View>
  )
}
