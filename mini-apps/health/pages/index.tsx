import { Text, View } from '@tarojs/components'
import { QueryView, useLocalized } from '@sdk'
import { useGetAppointmentsQuery } from '../api'
import { texts } from '../locales'
import './index.scss'

export default function HealthPage() {
  const t = useLocalized(texts)
  const appointments = useGetAppointmentsQuery()
  return (
    <View className='health'>
      <QueryView query={appointments} empty={<Text className='health__muted'>{t.none}</Text>}>
        {(list) =>
          list.map((a) => (
            <View key={a.id} className='health__card' data-testid={`appointment-${a.id}`}>
              <View className='health__header'>
                <Text className='health__hospital'>{a.hospital}</Text>
                <Text className={`health__status health__status--${a.status}`}>{t.status[a.status]}</Text>
              </View>
              <Text className='health__line'>{`${a.department} · ${t.doctor(a.doctor)}`}</Text>
              <Text className='health__muted'>{a.startsAt}</Text>
            </View>
          ))
        }
      </QueryView>
    </View>
  )
}
