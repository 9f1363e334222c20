import { useRouter } from '@tarojs/taro'
import { CaseDetail } from '../../../../shell/cases/case-detail'

/** One case, opened from 我的办件 (or a message about it) by its id. */
export default function CaseDetailPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '')
  return <CaseDetail id={id} />
}
