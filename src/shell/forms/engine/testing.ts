import { sampleScenario } from '../../../sdk/scenario/fixtures'
import { parseScenario, type Scenario } from '../../../sdk/scenario'
import { emptyFormState, type Answers, type FormState } from './types'

/** Test support for the engine: the sample definition, validated, and states built over it. */
export const sample = (mutate: (definition: ReturnType<typeof sampleScenario>) => void = () => undefined): Scenario => {
  const definition = sampleScenario()
  mutate(definition)
  const result = parseScenario(definition)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.field}: ${p.reason}`).join('\n'))
  return result.scenario
}

/** 24 November 2026, local time: date rules are about the resident's calendar day. */
export const TODAY = new Date(2026, 10, 24, 15, 30)

export const stateWith = (partial: Partial<FormState> = {}): FormState => ({ ...emptyFormState(), ...partial })

/** Answers that satisfy every shown field of the sample when the purpose is "home". */
export const homeAnswers = (): Answers => ({
  name: '张晓明',
  idNumber: '11010519491231002X',
  phone: '13912345678',
  age: 30,
  purpose: 'home',
  startDate: '2024-05-01',
  city: '210102',
  photos: ['k-photo'],
})

/** The files of a complete form: a photo and the ID card, both uploaded. */
export const uploadedFiles = () => ({
  'k-photo': { name: '现场.jpg', fileId: 'file-photo' },
  'k-id': { name: '身份证.jpg', fileId: 'file-id' },
})

/** A sample form with every shown task done, for the home purpose. */
export const completeHomeState = (): FormState =>
  stateWith({ answers: homeAnswers(), files: uploadedFiles(), materials: { 'id-copy': ['k-id'] }, savedSteps: ['about-you', 'details', 'photos', 'documents'] })
