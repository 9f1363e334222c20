import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import { SESSION_EXPIRED } from '../api/base-query'
import { platform } from '../platform/platform'
import type { ActingFor } from './acting-for'
import { tokenVault } from './token-vault'

/** Bump when the agreement's text changes materially, so residents read it again. */
export const PRIVACY_VERSION = '2026-11'
const PRIVACY_KEY = 'shell.privacy-accepted'

export interface SessionState {
  signedIn: boolean
  privacyAccepted: boolean
  /** The family member the resident is acting for, if any (代办). */
  actingFor?: ActingFor | null
}

/** Read once when the store is made: the session and the agreement survive restarts. */
export const restoredSession = (): SessionState => ({
  signedIn: tokenVault.get() !== undefined,
  privacyAccepted: platform.getStorageSync(PRIVACY_KEY) === PRIVACY_VERSION,
})

export const sessionSlice = createSlice({
  name: 'session',
  initialState: { signedIn: false, privacyAccepted: false } as SessionState,
  reducers: {
    privacyAccepted(state) {
      state.privacyAccepted = true
    },
    signedIn(state) {
      state.signedIn = true
    },
    signedOut(state) {
      state.signedIn = false
      state.actingFor = null
    },
    actingForChanged(state, action: PayloadAction<ActingFor | null>) {
      state.actingFor = action.payload
    },
  },
  extraReducers: (builder) => {
    builder.addMatcher((action) => action.type === SESSION_EXPIRED, (state) => {
      state.signedIn = false
      state.actingFor = null
    })
  },
  selectors: {
    selectSignedIn: (state) => state.signedIn,
    selectPrivacyAccepted: (state) => state.privacyAccepted,
    selectActingFor: (state) => state.actingFor ?? null,
  },
})

export const { signedIn, signedOut, actingForChanged } = sessionSlice.actions
export const { selectSignedIn, selectPrivacyAccepted, selectActingFor } = sessionSlice.selectors

/** Accepting is remembered on the device; declining leaves the app unusable for personal data. */
export const acceptPrivacy = () => {
  platform.setStorageSync(PRIVACY_KEY, PRIVACY_VERSION)
  return sessionSlice.actions.privacyAccepted()
}
