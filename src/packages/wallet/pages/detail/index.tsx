import { useRouter } from '@tarojs/taro'
import { CertificateDetail } from '../../../../shell/wallet/certificate-detail'

/** One certificate, opened from the wallet's list or an expiry message by its type. */
export default function CertificatePage() {
  const type = decodeURIComponent(useRouter().params.type ?? '')
  return <CertificateDetail type={type} />
}
