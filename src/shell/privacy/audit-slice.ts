import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import { deviceStorage } from '../storage/device-storage'

/** One use of a capability by a mini-app: the resident's data tracker, like Estonia's. */
export interface AuditEntry {
  miniAppId: string
  capability: string
  /** ISO time. */
  at: string
  outcome: 'allowed' | 'denied'
  /** Why it was denied: not declared, or the resident said no. */
  reason?: 'undeclared' | 'consent-denied' | 'domain-not-allowed'
}

const KEY = 'shell.audit'
const KEEP = 200

export const restoredAudit = (): AuditEntry[] => {
  const stored = deviceStorage.get<AuditEntry[]>(KEY)
  return Array.isArray(stored) ? stored : []
}

export const auditSlice = createSlice({
  name: 'audit',
  initialState: [] as AuditEntry[],
  reducers: {
    audited(state, action: PayloadAction<AuditEntry>) {
      state.unshift(action.payload)
      state.splice(KEEP)
    },
  },
  extraReducers: (builder) => {
    // Sign-out forgets everything personal on the device, the data tracker included.
    builder.addMatcher((action) => action.type === 'session/signedOut', () => [])
  },
  selectors: {
    selectAuditEntries: (state) => state,
  },
})

export const { selectAuditEntries } = auditSlice.selectors

/** Records and persists an entry; it survives restarts and is cleared on sign-out. */
export const recordAudit = (entry: Omit<AuditEntry, 'at'>) => (dispatch: (action: unknown) => unknown, getState: () => { audit: AuditEntry[] }) => {
  dispatch(auditSlice.actions.audited({ ...entry, at: new Date().toISOString() }))
  deviceStorage.set(KEY, getState().audit)
}
