import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { usePageVisible, useRaisedBrightness } from './use-page-visible'
import { useIssueCertificateQrMutation, type CertificateType } from './wallet-api'
import { useWalletText } from './wallet-text'

/** As often as the server's tokens expire: a screenshot stops working within a minute. */
export const QR_REFRESH_MS = 60_000

/** A GIF data URL: no canvas, so one Image shows it on weapp, H5 and RN. */
const qrImage = (text: string): string => {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(6, 4)
}

/**
 * The certificate's QR code to show at a counter: a fresh signed token from
 * the server every 60 s while the page is in front, the screen bright while
 * it shows. The token names no person; the counter asks the server.
 */
export function CounterQr({ type, name }: { type: CertificateType; name: string }) {
  const words = useWalletText()
  const visible = usePageVisible()
  const [issue] = useIssueCertificateQrMutation()
  const [shown, setShown] = useState<{ token: string; src: string }>()
  const [failed, setFailed] = useState(false)
  useRaisedBrightness(visible)

  useEffect(() => {
    if (!visible) return undefined
    let live = true
    const refresh = async () => {
      const result = await issue(type)
      if (!live) return
      setFailed('error' in result)
      setShown('data' in result && result.data ? { token: result.data.token, src: qrImage(result.data.token) } : undefined)
    }
    void refresh()
    const timer = setInterval(() => void refresh(), QR_REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [issue, type, visible])

  return (
    <View className='wallet__qr'>
      {shown && <Image className='wallet__qr-image' src={shown.src} mode='aspectFit' ariaLabel={words.qrAlt(name)} data-testid='counter-qr' data-token={shown.token} />}
      {failed && <InlineStatus kind='error' message={words.qrFailed} />}
      <Text className='wallet__hint'>{words.qrHint}</Text>
    </View>
  )
}
