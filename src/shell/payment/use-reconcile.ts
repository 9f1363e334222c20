import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { selectSignedIn } from '../identity/session-slice'
import { textFor } from '../i18n/text'
import { useAppSelector, useAppStore } from '../store/hooks'
import type { AppStore } from '../store/store'
import { reconcilePendingPayments } from './pay'

let running: Promise<void> | undefined

/**
 * Tells the resident how payments cut off last time (app killed, network
 * lost) ended. Launch, sign-in and return to the foreground can all ask at
 * once; they share one run, so each outcome is told once.
 */
export const announceReconciledPayments = (store: Pick<AppStore, 'dispatch' | 'getState'>): Promise<void> => {
  if (!store.getState().session.signedIn) return Promise.resolve()
  running ??= reconcilePendingPayments(store.dispatch)
    .then((outcomes) => {
      const text = textFor(store.getState().settings.locale)
      const told = outcomes.flatMap((o) => (o.kind === 'settled' ? [text.payment.reconciled(o.order.title, text.payment.statuses[o.order.status])] : []))
      if (told.length > 0) void Taro.showToast({ title: told.join('\n'), icon: 'none', duration: 4000 })
    })
    .finally(() => {
      running = undefined
    })
  return running
}

/** On Home: once signed in (the app-level hook covers launch and resume). */
export const useReconcilePayments = () => {
  const store = useAppStore()
  const signedIn = useAppSelector(selectSignedIn)
  useEffect(() => {
    if (signedIn) void announceReconciledPayments(store)
  }, [store, signedIn])
}
