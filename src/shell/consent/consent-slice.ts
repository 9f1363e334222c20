import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import type { Localized } from '../../sdk/manifest/catalogue'

export interface ConsentRequest {
  id: number
  miniAppId: string
  miniAppName: Localized
  scope: string
  reason: Localized
}

/** The question on screen, if any; the promise that waits for the answer lives outside the store. */
export const consentSlice = createSlice({
  name: 'consent',
  initialState: { pending: null as ConsentRequest | null },
  reducers: {
    consentAsked(state, action: PayloadAction<ConsentRequest>) {
      state.pending = action.payload
    },
    consentAnswered(state) {
      state.pending = null
    },
  },
  selectors: {
    selectPendingConsent: (state) => state.pending,
  },
})

export const { consentAsked, consentAnswered } = consentSlice.actions
export const { selectPendingConsent } = consentSlice.selectors

const waiting = new Map<number, (allowed: boolean) => void>()
let nextId = 0

export const awaitAnswer = (): { id: number; answer: Promise<boolean> } => {
  nextId += 1
  const id = nextId
  return { id, answer: new Promise<boolean>((resolve) => waiting.set(id, resolve)) }
}

export const settleAnswer = (id: number, allowed: boolean): void => {
  waiting.get(id)?.(allowed)
  waiting.delete(id)
}
