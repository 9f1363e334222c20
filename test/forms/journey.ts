import Taro from '@tarojs/taro'
import { requestProblems } from '../../mock/contract/validator'
import { TEST_AUTHORIZATION } from '../../mock/kit/tokens'
import { parseScenario, type Scenario } from '../../src/sdk/scenario'
import {
  buildSubmission, checkAnswers, hasErrors, markSaved, materialsStatus, positionAfterSave, prefillPlan, taskList, validateStep,
  type Answers, type Position, type StepErrors, type SubmissionSubject,
} from '../../src/shell/forms/engine'
import { createDraftStore, createUploadCoordinator, UploadFailure, type DraftSession, type UploadFile, type UploadTarget } from '../../src/shell/forms/drafts'

/**
 * Drives a served form scenario the way the renderer will: the definition
 * from GET /api/scenarios/{id}, checked with the shared schema; answers saved
 * to a draft step by step; files uploaded through POST /api/uploads; the
 * submission checked against the contract and sent. `kill()` starts a new
 * store over the same storage, as after a killed app.
 */
const API = 'http://localhost/api'
const json = { 'content-type': 'application/json', ...TEST_AUTHORIZATION }

export const fetchScenario = async (id: string): Promise<Scenario> => {
  const response = await fetch(`${API}/scenarios/${id}`)
  const result = parseScenario(await response.json())
  if (!result.ok) throw new Error(`GET /scenarios/${id} served a definition the schema refuses: ${JSON.stringify(result.problems)}`)
  return result.scenario
}

/** Idempotency keys sent, in order: a test can see that nothing was sent twice. */
export const sentUploadKeys: string[] = []

export const uploadToMock = async (file: UploadFile, key: string): Promise<{ fileId: string }> => {
  sentUploadKeys.push(key)
  const content = btoa('\u0000'.repeat(file.size))
  const response = await fetch(`${API}/uploads`, {
    method: 'POST', headers: { ...json, 'Idempotency-Key': key }, body: JSON.stringify({ name: file.name, type: file.type, size: file.size, content }),
  })
  const body = (await response.json()) as { fileId?: string; message?: string }
  if (!response.ok) throw new UploadFailure({ 'zh-CN': body.message ?? '', en: body.message ?? '' }, response.status >= 500)
  return { fileId: body.fileId ?? '' }
}

export const photo = (name: string, size = 3): UploadFile => ({ name, size, type: 'image/jpeg', path: `wxfile://usr/${name}` })
export const pdf = (name: string, size = 3): UploadFile => ({ name, size, type: 'application/pdf', path: `wxfile://usr/${name}` })

export interface Journey {
  scenario: Scenario
  readonly session: DraftSession
  /** Answers a step and saves it (Continue); returns its errors, empty when it was saved. */
  answer(stepId: string, answers: Answers, from?: Position): StepErrors
  upload(target: UploadTarget, file: UploadFile): ReturnType<ReturnType<typeof createUploadCoordinator>['add']>
  /** The app is killed and opened again: a new store over the same storage, uploads resumed. */
  kill(): Promise<void>
  tasks(): ReturnType<typeof taskList>
  check(): ReturnType<typeof checkAnswers>
  materials(): ReturnType<typeof materialsStatus>
  prefill(stepId?: string): ReturnType<typeof prefillPlan>
  /** Builds the submission, checks it against the contract, and posts it. */
  submit(subject: SubmissionSubject): Promise<{ status: number; body: Record<string, unknown>; sent: Record<string, unknown> }>
}

export const startJourney = async (scenarioId: string, { today = new Date(), residentKey = 'resident-1', subjectKey }: { today?: Date; residentKey?: string; subjectKey?: string } = {}): Promise<Journey> => {
  const scenario = await fetchScenario(scenarioId)
  const ref = { residentKey, scenarioId, ...(subjectKey ? { subjectKey } : {}) }
  const open = () => {
    const session = createDraftStore({ storage: Taro }).open(ref, { version: scenario.version, title: scenario.title })
    return { session, uploads: createUploadCoordinator({ session, upload: uploadToMock }) }
  }
  let current = open()
  const options = { today }
  return {
    scenario,
    get session() {
      return current.session
    },
    answer(stepId, answers, from = { view: 'step', stepId }) {
      const { session } = current
      session.update((d) => ({ ...d, answers: { ...d.answers, ...answers }, position: { view: 'step', stepId } }))
      const errors = validateStep(scenario, stepId, session.state, options)
      if (hasErrors(errors)) return errors
      const saved = markSaved(session.state, stepId)
      session.update((d) => ({ ...d, savedSteps: saved.savedSteps, position: positionAfterSave(scenario, saved, from, options) }))
      return errors
    },
    upload: (target, file) => current.uploads.add(target, file),
    async kill() {
      current = open()
      await current.uploads.resume()
    },
    tasks: () => taskList(scenario, current.session.state, options),
    check: () => checkAnswers(scenario, current.session.state),
    materials: () => materialsStatus(scenario, current.session.state),
    prefill: (stepId) => prefillPlan(scenario, current.session.state, stepId),
    async submit(subject) {
      const result = buildSubmission(scenario, current.session.state, subject, options)
      if (!result.ok) throw new Error(`not ready to submit: ${JSON.stringify(result)}`)
      const problems = requestProblems('POST', '/applications', result.application)
      if (problems.length) throw new Error(problems.join('\n'))
      const response = await fetch(`${API}/applications`, { method: 'POST', headers: json, body: JSON.stringify(result.application) })
      if (response.status === 201) current.session.discard()
      return { status: response.status, body: (await response.json()) as Record<string, unknown>, sent: result.application }
    },
  }
}
