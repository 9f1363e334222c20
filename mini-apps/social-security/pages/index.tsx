import { Text, View } from '@tarojs/components'
import { QueryView, formatFen, useLocalized } from '@sdk'
import { useGetAccountQuery } from '../api'
import { texts } from '../locales'
import './index.scss'

export default function SocialSecurityPage() {
  const t = useLocalized(texts)
  const account = useGetAccountQuery()
  return (
    <View className='social'>
      <QueryView query={account}>
        {(a) => (
          <View>
            <View className='social__card'>
              <Text className='social__title'>{t.account}</Text>
              <Text className='social__status'>{t.status[a.status]}</Text>
              <Text className='social__muted'>{t.insuredSince(a.insuredSince, a.city)}</Text>
              <Text className='social__muted'>{t.months(a.contributionMonths)}</Text>
            </View>
            {a.retirement && a.retirement.archiveBirthDate !== a.retirement.idCardBirthDate && (
              <View className='social__card social__card--warning' role='note'>
                <Text className='social__title'>{t.retirementTitle}</Text>
                <Text className='social__warning-text'>
                  {t.retirementBody(a.retirement.archiveBirthDate, a.retirement.idCardBirthDate)}
                </Text>
              </View>
            )}
            <View className='social__card'>
              <Text className='social__muted'>{t.pension}</Text>
              <Text className='social__amount'>{formatFen(a.pensionBalanceFen)}</Text>
              <Text className='social__muted'>{t.medical}</Text>
              <Text className='social__amount'>{formatFen(a.medicalBalanceFen)}</Text>
            </View>
            <View className='social__card'>
              <Text className='social__title'>{t.recent}</Text>
              {a.recent.map((c) => (
                <View key={`${c.month}-${c.kind}`} className='social__row'>
                  <Text className='social__row-text'>{`${c.month} ${t.kinds[c.kind]}`}</Text>
                  <Text className='social__row-text'>{formatFen(c.amountFen)}</Text>
                </View>
              ))}
            </View>
          </View>
        )}
      </QueryView>
    </View>
  )
}
