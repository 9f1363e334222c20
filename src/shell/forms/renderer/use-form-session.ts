import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Localized } from '../../../sdk/manifest/catalogue'
import type { Scenario } from '../../../sdk/scenario'
import { platform } from '../../platform/platform'
import { useAppDispatch } from '../../store/hooks'
import {
  createDraftStore, createUploadCoordinator, isDraftQuotaError, isDraftStorageError, UploadFailure,
  type Draft, type DraftRef, type DraftSession, type UploadCoordinator, type UploadFile,
} from '../drafts'
import type { FormState, Position } from '../engine'
import { formsApi, type NewUpload } from './forms-api'
import { observeSession } from './observed-session'

export interface FormSession {
  draft: Draft
  state: FormState
  position: Position
  /** Saves a change; false (and `saveError` set) when it did not fit or storage failed: the last save stays. */
  save(change: (draft: Draft) => Draft): boolean
  go(position: Position): void
  saveError?: Localized
  uploads: UploadCoordinator
  /** Removes the draft after a submission. */
  finish(): void
}

const uploadThroughApi = (dispatch: ReturnType<typeof useAppDispatch>) => async (file: UploadFile, key: string) => {
  // The gateway takes the file by reference (weapp: a saved file's path); the bytes go by the platform's uploader.
  const answer = await dispatch(formsApi.endpoints.uploadFile.initiate({ key, file: { name: file.name, type: file.type as NewUpload['type'], size: file.size, reference: file.path.slice(0, 200) } }))
  if ('error' in answer) {
    const error = answer.error as { kind?: string; status?: number; message?: string }
    if (error.kind === 'http' && typeof error.status === 'number' && error.status < 500) {
      const message = error.message ?? ''
      throw new UploadFailure({ 'zh-CN': message, en: message }, false)
    }
    throw error
  }
  return { fileId: answer.data.fileId }
}

/**
 * The resident's draft of one scenario: resumed from storage if there is one
 * (after a reload, a kill or a crash), saved at every change, with uploads
 * recorded before they are sent and resumed when the page opens again.
 */
export const useFormSession = (scenario: Scenario, ref: DraftRef): FormSession => {
  const dispatch = useAppDispatch()
  const [, setTick] = useState(0)
  const [saveError, setSaveError] = useState<Localized>()
  const refKey = `${ref.residentKey}|${ref.scenarioId}|${ref.subjectKey ?? ''}`
  const { session, uploads } = useMemo(() => {
    const opened: DraftSession = observeSession(
      createDraftStore({ storage: platform }).open(ref, { version: scenario.version, title: scenario.title }),
      () => setTick((n) => n + 1),
    )
    return { session: opened, uploads: createUploadCoordinator({ session: opened, upload: uploadThroughApi(dispatch) }) }
    // The ref's parts are in refKey; a new object with the same parts is the same draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refKey, scenario, dispatch])

  useEffect(() => {
    uploads.resume().catch(() => undefined)
  }, [uploads])

  const save = useCallback((change: (draft: Draft) => Draft): boolean => {
    try {
      session.update(change)
      setSaveError(undefined)
      return true
    } catch (e: unknown) {
      if (isDraftQuotaError(e) || isDraftStorageError(e)) {
        setSaveError(e.residentMessage)
        return false
      }
      throw e
    }
  }, [session])

  return {
    draft: session.draft,
    state: session.state,
    position: session.draft.position,
    save,
    go: (position) => void save((d) => ({ ...d, position })),
    saveError,
    uploads,
    finish: () => session.discard(),
  }
}
