import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useElderMode } from '../mini-app/shell-facts'
import { CaseRow } from '../resident/case-row'
import { QueryView } from '../ui/query-view'
import { CaseFilters } from './case-filters'
import { useListCasesQuery, type CaseFilter } from './cases-api'
import { useCasesText } from './cases-text'
import './cases.scss'

/** 我的办件: every case of every mini-app and scenario, filtered on the server; each opens its page. */
export function CasesList() {
  const words = useCasesText()
  const elder = useElderMode()
  const [filter, setFilter] = useState<CaseFilter>({})
  const all = useListCasesQuery({})
  const shown = useListCasesQuery(filter)
  const scenarioIds = [...new Set((all.data ?? []).map((c) => c.scenarioId))]
  const filtered = Object.keys(filter).length > 0
  return (
    <View className={`cases${elder ? ' elder' : ''}`}>
      <CaseFilters filter={filter} onChange={setFilter} scenarioIds={scenarioIds} />
      <QueryView query={shown} empty={<Text className='cases__empty'>{filtered ? words.emptyFiltered : words.empty}</Text>}>
        {(list) => list.map((item) => (
          <View key={item.id} className='cases__row'>
            <CaseRow application={item} />
          </View>
        ))}
      </QueryView>
    </View>
  )
}
