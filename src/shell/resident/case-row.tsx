import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useText } from '../i18n/text'
import { shellRoutes } from '../navigation/shell-routes'
import { focusable } from '../ui/focusable'
import type { Application } from './resident-api'
import './case-row.scss'

/** One case in "my cases": what, who handles it, and where it stands (in words, not only colour); it opens the case's page. */
export function CaseRow({ application }: { application: Application }) {
  const text = useText()
  return (
    <View {...focusable} className='case-row' data-testid={`case-${application.id}`} role='link'
      onClick={() => Taro.navigateTo({ url: `${shellRoutes.caseDetail}?id=${encodeURIComponent(application.id)}` })}>
      <View className='case-row__header'>
        <Text className='case-row__title'>{application.title}</Text>
        <Text className={`case-row__status case-row__status--${application.status}`}>{text.applicationStatus[application.status]}</Text>
      </View>
      <Text className='case-row__meta'>{`${application.department} · ${application.submittedAt.slice(0, 10)}`}</Text>
      {application.note && <Text className='case-row__note'>{application.note}</Text>}
    </View>
  )
}
