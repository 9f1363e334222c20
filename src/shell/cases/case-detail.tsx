import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../sdk/ui/card'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { useElderMode } from '../mini-app/shell-facts'
import { QueryView } from '../ui/query-view'
import { CaseFee } from './case-fee'
import { CaseStatusTag } from './case-status'
import { CaseTimeline } from './case-timeline'
import { useGetCaseQuery, type Case } from './cases-api'
import { useCasesText } from './cases-text'
import { MoreInfoForm } from './more-info-form'
import { RatingForm, RatingView } from './rating-form'
import './cases.scss'

/** While the department has a follow-up open, look again now and then: its answer shows without a reload. */
const FOLLOW_UP_POLL_MS = 5000

function OneStopParts({ item }: { item: Case }) {
  const words = useCasesText()
  const parts = item.parts ?? []
  const done = parts.filter((p) => p.status === 'completed' || p.status === 'approved').length
  return (
    <View className='cases__section' data-testid='case-parts'>
      <Text className='cases__line'>{`${words.parts} · ${words.partsDone(done, parts.length)}`}</Text>
      {parts.map((part) => (
        <Card key={part.itemId} title={part.item} extra={<CaseStatusTag status={part.status} />} className='cases__section'>
          <View data-testid={`case-part-${part.itemId}`}>
            <Text className='cases__line'>{part.department}</Text>
            <CaseTimeline steps={part.timeline} testId={`timeline-${part.itemId}`} />
          </View>
        </Card>
      ))}
    </View>
  )
}

/** One case: where it stands, each department's part of a one-stop case, the whole timeline, and what the resident can do now. */
export function CaseDetail({ id }: { id: string }) {
  const words = useCasesText()
  const elder = useElderMode()
  const [sent, setSent] = useState(false)
  const [polling, setPolling] = useState(false)
  const query = useGetCaseQuery(id, { pollingInterval: polling ? FOLLOW_UP_POLL_MS : 0 })
  const open = query.data?.followUp?.status === 'open'
  if (open !== polling) setPolling(open)
  return (
    <View className={`cases${elder ? ' elder' : ''}`}>
      <QueryView query={query}>
        {(item) => (
          <View data-testid='case-detail'>
            <Card title={item.title} extra={<CaseStatusTag status={item.status} />}>
              <Text className='cases__line'>{words.reference(item.reference)}</Text>
              <Text className='cases__line'>{item.department}</Text>
              <Text className='cases__line'>{words.submittedAt(item.submittedAt.slice(0, 10))}</Text>
            </Card>
            {item.note && <InlineStatus kind='warning' message={item.note} className='cases__section' />}
            {sent && <InlineStatus kind='success' message={words.moreInfo.sent} className='cases__section' />}
            {item.feeOrderId && <CaseFee item={item} onPaid={() => void query.refetch()} />}
            {item.status === 'more-info-needed' && <MoreInfoForm item={item} onSent={() => setSent(true)} />}
            {item.status === 'completed' && !item.rating && <RatingForm item={item} />}
            <RatingView item={item} />
            {item.parts && <OneStopParts item={item} />}
            <Card title={item.parts ? words.whole : words.timeline} className='cases__section'>
              <CaseTimeline steps={item.timeline} testId='case-timeline' />
            </Card>
          </View>
        )}
      </QueryView>
    </View>
  )
}
