import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { selectSignedIn } from '../identity/session-slice'
import { textFor } from '../i18n/text'
import { useAppDispatch, useAppSelector } from '../store/hooks'
import { selectLocale } from '../store/settings-slice'
import { reconcilePendingPayments } from './pay'

/** At launch (and after sign-in): tell the resident how payments interrupted last time ended. */
export const useReconcilePayments = () => {
  const dispatch = useAppDispatch()
  const signedIn = useAppSelector(selectSignedIn)
  const locale = useAppSelector(selectLocale)
  useEffect(() => {
    if (!signedIn) return
    void reconcilePendingPayments(dispatch).then((outcomes) => {
      const text = textFor(locale)
      const told = outcomes.flatMap((o) => (o.kind === 'settled' ? [text.payment.reconciled(o.order.title, text.payment.statuses[o.order.status])] : []))
      if (told.length > 0) void Taro.showToast({ title: told.join('\n'), icon: 'none', duration: 4000 })
    })
  }, [dispatch, signedIn]) // eslint-disable-line react-hooks/exhaustive-deps -- once per session, not per language switch
}
