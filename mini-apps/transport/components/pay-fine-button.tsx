import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { isPermissionDenied, useLocalized, usePay } from '@sdk'
import { useCreateFineOrderMutation, violationsChanged } from '../api'
import { miniApp } from '../generated/mini-app'
import { texts } from '../locales'

/** Transport's API creates the order for the fine; the shell pays it and shows the result. */
export function PayFineButton({ violationId }: { violationId: string }) {
  const t = useLocalized(texts)
  const dispatch = miniApp.useDispatch()
  const pay = usePay()
  const [createOrder, creating] = useCreateFineOrderMutation()
  const [problem, setProblem] = useState('')
  const onPay = async () => {
    setProblem('')
    const order = await createOrder(violationId)
    if ('error' in order) return setProblem(t.payFailed)
    try {
      await pay(order.data.orderId)
    } catch (e: unknown) {
      setProblem(isPermissionDenied(e) ? t.payNotAllowed : t.payFailed)
    } finally {
      dispatch(violationsChanged())
    }
  }
  return (
    <View>
      <Button className='transport__action' disabled={creating.isLoading || undefined} onClick={onPay}>{t.pay}</Button>
      {problem && <Text className='transport__muted'>{problem}</Text>}
    </View>
  )
}
