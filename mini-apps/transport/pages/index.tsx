import { Text, View } from '@tarojs/components'
import { QueryView, formatFen, useLocalized } from '@sdk'
import { useGetBusCardQuery, useGetViolationsQuery } from '../api'
import { miniApp } from '../generated/mini-app'
import { texts } from '../locales'
import { filterChanged, selectFilter, type ViolationFilter } from '../slice'
import { LicenceCard } from '../components/licence-card'
import { ViolationCard } from '../components/violation-card'
import './index.scss'

const FILTERS: ViolationFilter[] = ['unpaid', 'paid', 'all']

export default function TransportPage() {
  const t = useLocalized(texts)
  const dispatch = miniApp.useDispatch()
  const filter = miniApp.useSelector(selectFilter)
  const busCard = useGetBusCardQuery()
  const violations = useGetViolationsQuery()
  return (
    <View className='transport'>
      <View className='transport__card'>
        <Text className='transport__label'>{t.busCard}</Text>
        <QueryView query={busCard}>
          {({ card }) =>
            card ? (
              <View className='transport__bus-card'>
                <Text className='transport__balance'>{formatFen(card.balanceFen)}</Text>
                <Text className='transport__muted'>{t.cardNo(card.cardNo)}</Text>
              </View>
            ) : (
              <Text className='transport__muted'>{t.noBusCard}</Text>
            )
          }
        </QueryView>
      </View>
      <LicenceCard />
      <View className='transport__card'>
        <Text className='transport__label'>{t.violations}</Text>
        <View className='transport__filters'>
          {FILTERS.map((option) => (
            <View
              key={option}
              className={option === filter ? 'transport__filter transport__filter--active' : 'transport__filter'}
              onClick={() => dispatch(filterChanged(option))}
              aria-selected={option === filter}
            >
              <Text className={option === filter ? 'transport__filter-text--active' : 'transport__filter-text'}>
                {t.filters[option]}
              </Text>
            </View>
          ))}
        </View>
        <QueryView query={violations} empty={<Text className='transport__muted'>{t.none}</Text>}>
          {(list) => {
            const shown = list.filter((v) => filter === 'all' || v.status === filter)
            return shown.length === 0 ? (
              <Text className='transport__muted'>{t.none}</Text>
            ) : (
              shown.map((violation) => <ViolationCard key={violation.id} violation={violation} />)
            )
          }}
        </QueryView>
      </View>
    </View>
  )
}
