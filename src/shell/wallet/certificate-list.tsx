import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Cell, CellGroup } from '../../sdk/ui/cell'
import { Tag } from '../../sdk/ui/chip'
import { useElderMode } from '../mini-app/shell-facts'
import { shellRoutes } from '../navigation/shell-routes'
import { QueryView } from '../ui/query-view'
import { STATUS_TONE } from './certificate-status'
import { useListCertificatesQuery } from './wallet-api'
import { useWalletText } from './wallet-text'
import './wallet.scss'

/** My → 电子证照: the resident's certificates, masked as the server sends them; one opens on its own page. */
export function CertificateList() {
  const words = useWalletText()
  const elder = useElderMode()
  const certificates = useListCertificatesQuery(undefined, { refetchOnMountOrArgChange: true })
  return (
    <View className={`wallet${elder ? ' elder' : ''}`}>
      <QueryView query={certificates} empty={<Text className='wallet__empty'>{words.empty}</Text>}>
        {(list) => (
          <CellGroup>
            {list.map((c) => (
              <View key={c.type} data-testid={`certificate-${c.type}`}>
                <Cell
                  title={words.names[c.type]}
                  description={`${c.numberMasked} · ${words.validUntil(c.validUntil)}`}
                  value={<Tag tone={STATUS_TONE[c.status]}>{words.status[c.status]}</Tag>}
                  onClick={() => Taro.navigateTo({ url: `${shellRoutes.certificate}?type=${encodeURIComponent(c.type)}` })}
                />
              </View>
            ))}
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}
