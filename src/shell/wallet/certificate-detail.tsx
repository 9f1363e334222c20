import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '../../sdk/ui/button'
import { Card } from '../../sdk/ui/card'
import { Cell } from '../../sdk/ui/cell'
import { Tag } from '../../sdk/ui/chip'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { useElderMode } from '../mini-app/shell-facts'
import { QueryView } from '../ui/query-view'
import { STATUS_TONE } from './certificate-status'
import { CounterQr } from './counter-qr'
import { RevealCertificate } from './reveal-certificate'
import { useListCertificatesQuery, type RevealedCertificate } from './wallet-api'
import { useWalletText } from './wallet-text'
import './wallet.scss'

/**
 * One certificate, masked; the full number after re-authentication; its
 * counter QR on request. Opened from the wallet's list or an expiry message.
 */
export function CertificateDetail({ type }: { type: string }) {
  const words = useWalletText()
  const elder = useElderMode()
  const certificates = useListCertificatesQuery()
  const [revealed, setRevealed] = useState<RevealedCertificate>()
  const [qr, setQr] = useState(false)
  return (
    <View className={`wallet${elder ? ' elder' : ''}`}>
      <QueryView query={certificates}>
        {(list) => {
          const c = list.find((one) => one.type === type)
          if (!c) return <InlineStatus kind='warning' message={words.notFound} />
          const name = words.names[c.type]
          return (
            <View data-testid='certificate-detail'>
              <Card title={name} extra={<Tag tone={STATUS_TONE[c.status]}>{words.status[c.status]}</Tag>}>
                <Cell title={words.holder} value={revealed?.holderName ?? c.holderNameMasked} />
                <View data-testid='certificate-number'>
                  <Cell title={words.number} value={revealed?.number ?? c.numberMasked} />
                </View>
                <Cell title={words.issuer} description={c.issuer} />
                <Cell title={words.validUntil(c.validUntil)} />
              </Card>
              {c.status === 'expiring' && <InlineStatus kind='warning' message={words.expiringHint} />}
              <View className='wallet__actions'>
                <RevealCertificate type={c.type} onRevealed={setRevealed} />
                {c.status !== 'expired' && (
                  <Button kind={qr ? 'secondary' : 'primary'} onClick={() => setQr(!qr)}>{qr ? words.hideQr : words.showQr}</Button>
                )}
              </View>
              {qr && <CounterQr type={c.type} name={name} />}
            </View>
          )
        }}
      </QueryView>
    </View>
  )
}
