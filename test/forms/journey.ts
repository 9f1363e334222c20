import Taro from '@tarojs/taro'
import { requestProblems } from '../../mock/contract/validator'
import { updateMockState } from '../../mock/kit/state'
import { TEST_AUTHORIZATION } from '../../mock/kit/tokens'
import type { PersonaId } from '../../mock/personas'
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

/** A picked photo of `size` bytes, as the platform's file picker describes it. */
export const photo = (name: string, size = 3): UploadFile => ({ name, size, type: 'image/jpeg', path: `wxfile://usr/${name}` })
/** A picked PDF of `size` bytes, as the platform's file picker describes it. */
export const pdf = (name: string, size = 3): UploadFile => ({ name, size, type: 'application/pdf', path: `wxfile://usr/${name}` })

/** A form scenario being filled in, step by step, over the mock backend (see `startJourney`). */
export interface Journey {
  /** The served definition, as the schema read it. */
  scenario: Scenario
  /** The draft as it is kept on the device; replaced by `kill()`. */
  readonly session: DraftSession
  /** Answers a step and saves it (Continue); returns its errors, empty when it was saved. */
  answer(stepId: string, answers: Answers, from?: Position): StepErrors
  /** Uploads a file for a material or a field; once, however many items need it. */
  upload(target: UploadTarget, file: UploadFile): ReturnType<ReturnType<typeof createUploadCoordinator>['add']>
  /** The app is killed and opened again: a new store over the same storage, uploads resumed. */
  kill(): Promise<void>
  /** The task list with each step's status, as the renderer shows it. */
  tasks(): ReturnType<typeof taskList>
  /** The check-your-answers summary. */
  check(): ReturnType<typeof checkAnswers>
  /** The one shared set of materials, with what is uploaded and what is still needed. */
  materials(): ReturnType<typeof materialsStatus>
  /** What could be filled in for the resident, and from where (identity, certificates, earlier answers). */
  prefill(stepId?: string): ReturnType<typeof prefillPlan>
  /** Builds the submission, checks it against the contract, and posts it. */
  submit(subject: SubmissionSubject): Promise<{ status: number; body: Record<string, unknown>; sent: Record<string, unknown> }>
}

/**
 * Starts a scenario as a resident would: fetches and checks its definition, opens a draft for `residentKey`
 * (and `subjectKey`, e.g. a family member), as `persona` when given. `today` fixes the date rules run on.
 */
export const startJourney = async (
  scenarioId: string,
  { today = new Date(), residentKey = 'resident-1', subjectKey, persona }: { today?: Date; residentKey?: string; subjectKey?: string; persona?: PersonaId } = {},
): Promise<Journey> => {
  // Whoever signs in is the mock's current persona (e.g. an enterprise's registered agent).
  if (persona) updateMockState({ persona })
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
