import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../sdk/ui/card'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { formatFen } from '../format/money'
import { useGetOrderQuery } from '../payment/payment-api'
import { usePayAsService } from '../payment/use-pay-as-service'
import { ActionButton } from '../ui/action-button'
import type { Case } from './cases-api'
import { useCasesText } from './cases-text'

const OPEN = ['created', 'paying', 'failed']

/**
 * A case with a fee: the order's state from the server, and a way to pay it
 * while it is open, e.g. when the app was closed before paying. It pays as
 * the case's own service (its token and declared `payment` scope), as the
 * form did, so the server still checks who owns the order.
 */
export function CaseFee({ item, onPaid }: { item: Case; onPaid(): void }) {
  const words = useCasesText()
  const order = useGetOrderQuery(item.feeOrderId ?? '', { skip: !item.feeOrderId })
  const { payer, pay } = usePayAsService(item.scenarioId)
  const [paying, setPaying] = useState(false)
  const [problem, setProblem] = useState<string>()
  if (!item.feeOrderId || !order.data) return null
  const { id, amountFen, status, receiptNo } = order.data
  const amount = formatFen(amountFen)
  const payNow = async () => {
    setPaying(true)
    setProblem(undefined)
    try {
      if (await pay(id)) onPaid()
      else setProblem(words.fee.notStarted)
    } finally {
      setPaying(false)
      void order.refetch()
    }
  }
  return (
    <Card title={words.fee.title} className='cases__section'>
      <View data-testid='case-fee' data-status={status}>
        {status === 'paid' && receiptNo ? <Text className='cases__line'>{words.fee.paid(amount, receiptNo)}</Text> : null}
        {OPEN.includes(status) ? <Text className='cases__line'>{words.fee.due(amount)}</Text> : null}
        {problem ? <InlineStatus kind='warning' message={problem} /> : null}
        {OPEN.includes(status) && payer ? <ActionButton disabled={paying} onClick={() => void payNow()}>{words.fee.pay}</ActionButton> : null}
      </View>
    </Card>
  )
}
