import { Text, View } from '@tarojs/components'
import { formatFen, useLocalized } from '@sdk'
import type { Violation } from '../api'
import { texts } from '../locales'
import { PayFineButton } from './pay-fine-button'

export function ViolationCard({ violation }: { violation: Violation }) {
  const t = useLocalized(texts)
  return (
    <View className='violation' data-testid={`violation-${violation.id}`}>
      <View className='violation__header'>
        <Text className='violation__plate'>{violation.plate}</Text>
        <Text className={violation.status === 'unpaid' ? 'violation__status--unpaid' : 'violation__status--paid'}>
          {t.status[violation.status]}
        </Text>
      </View>
      <Text className='violation__text'>{violation.description}</Text>
      <Text className='violation__meta'>{`${violation.occurredAt} · ${violation.location}`}</Text>
      <Text className='violation__meta'>{`${t.fine} ${formatFen(violation.fineFen)} · ${t.points(violation.points)}`}</Text>
      {violation.status === 'unpaid' && <PayFineButton violationId={violation.id} />}
    </View>
  )
}
