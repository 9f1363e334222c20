import { CertificateList } from '../../../../shell/wallet/certificate-list'

/** My → 电子证照: the resident's certificates. */
export default function WalletPage() {
  return <CertificateList />
}
