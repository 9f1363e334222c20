import { Tag, type TagTone } from '../../sdk/ui/chip'
import { useText } from '../i18n/text'
import type { CaseStatus } from './cases-api'

const TONE: Record<CaseStatus, TagTone> = {
  submitted: 'neutral',
  accepted: 'info',
  'in-review': 'info',
  'more-info-needed': 'warning',
  approved: 'success',
  rejected: 'danger',
  completed: 'success',
}

/** Where a case (or one department's part) stands, in words as well as colour. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const text = useText()
  return <Tag tone={TONE[status]}>{text.applicationStatus[status]}</Tag>
}
