import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { selectSignedIn } from '../identity/session-slice'
import { textFor } from '../i18n/text'
import { useAppSelector, useAppStore } from '../store/hooks'
import type { AppStore } from '../store/store'
import { loadReconciler } from './load-reconciler'
import { pendingPayments } from './pending'

let running: Promise<void> | undefined

/**
 * Tells the resident how payments cut off last time (app killed, network
 * lost) ended. Launch, sign-in and return to the foreground can all ask at
 * once; they share one run, so each outcome is told once.
 */
export const announceReconciledPayments = (store: Pick<AppStore, 'dispatch' | 'getState'>): Promise<void> => {
  // Nothing cut off (the usual launch): no need for the payment code at all.
  if (!store.getState().session.signedIn || pendingPayments.all().length === 0) return Promise.resolve()
  running ??= loadReconciler()
    .then((reconcile) => reconcile(store.dispatch))
    .then((outcomes) => {
      const text = textFor(store.getState().settings.locale)
      const told = outcomes.flatMap((o) => (o.kind === 'settled' ? [text.payment.reconciled(o.order.title, text.payment.statuses[o.order.status])] : []))
      if (told.length > 0) void Taro.showToast({ title: told.join('\n'), icon: 'none', duration: 4000 })
    })
    // Offline, H5 cannot fetch the payment code: the records stay, and the next launch or return asks again.
    .catch(() => undefined)
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
