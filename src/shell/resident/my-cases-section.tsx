import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useText } from '../i18n/text'
import { QueryView } from '../ui/query-view'
import { CaseRow } from './case-row'
import { useGetApplicationsQuery } from './resident-api'
import { ActionButton } from '../ui/action-button'
import { shellRoutes } from '../navigation/shell-routes'

const CASES_ON_HOME = 3

/** 我的办件 on Home: the latest cases, or an invitation to sign in. */
export function MyCasesSection({ signedIn }: { signedIn: boolean }) {
  const text = useText()
  const applications = useGetApplicationsQuery(undefined, { skip: !signedIn })
  return (
    <View className='home__section home__section--cases'>
      <Text className='home__section-title'>{text.home.myCases}</Text>
      {signedIn ? (
        <QueryView query={applications} empty={<Text className='home__empty'>{text.home.noCases}</Text>}>
          {(list) => list.slice(0, CASES_ON_HOME).map((application) => <CaseRow key={application.id} application={application} />)}
        </QueryView>
      ) : (
        <View className='home__signin'>
          <Text className='home__empty'>{text.login.signedOutHint}</Text>
          <ActionButton onClick={() => Taro.navigateTo({ url: shellRoutes.login })}>{text.login.signIn}</ActionButton>
        </View>
      )}
    </View>
  )
}
