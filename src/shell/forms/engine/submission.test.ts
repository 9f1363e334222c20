import { requestProblems } from '../../../../mock/contract/validator'
import { TEST_AUTHORIZATION } from '../../../../mock/kit/tokens'
import { buildSubmission } from './submission'
import { completeHomeState, sample, stateWith, TODAY } from './testing'

const scenario = sample()
const self = { kind: 'self' } as const

describe('the submission', () => {
  it('refuses to build before every task is completed, naming what is left', () => {
    const result = buildSubmission(scenario, stateWith(), self, { today: TODAY })
    expect(result).toMatchObject({ ok: false, reason: 'not-ready' })
    if (!result.ok && result.reason === 'not-ready') expect(result.tasks.map((t) => t.stepId)).toEqual(['about-you', 'details', 'photos', 'documents'])
  })

  it('refuses a subject of another kind', () => {
    expect(buildSubmission(scenario, completeHomeState(), { kind: 'family-member', memberId: 'fm-1' }, { today: TODAY })).toEqual({
      ok: false, reason: 'wrong-subject', expected: 'self',
    })
  })

  it('sends one part per department item, each with only the answers and materials it needs', () => {
    const result = buildSubmission(scenario, completeHomeState(), self, { today: TODAY })
    if (!result.ok) throw new Error(result.reason)
    const { parts } = result.application
    expect(parts.map((p) => [p.itemId, p.department])).toEqual([['item-a', '甲厅'], ['item-b', '乙厅'], ['item-c', '丙厅']])
    expect(Object.keys(parts[0].fields)).toEqual(['name', 'idNumber', 'phone', 'age', 'purpose', 'startDate', 'city'])
    expect(Object.keys(parts[1].fields)).toEqual(['name', 'idNumber', 'phone'])
    expect(parts[2].fields).toEqual({ photos: 'file-photo' })
    expect(parts.map((p) => p.materials)).toEqual([['id-copy'], ['id-copy'], ['id-copy']])
  })

  it('sends each material’s files once, however many parts need it', () => {
    const result = buildSubmission(scenario, completeHomeState(), self, { today: TODAY })
    if (!result.ok) throw new Error(result.reason)
    expect(result.application.materials).toEqual([{ id: 'id-copy', fileIds: ['file-id'] }])
    expect(result.application).toMatchObject({ scenarioId: 'sample-one-stop', scenarioVersion: '1.0.0', title: '示例一件事', subject: self })
    expect(result.application.fields.age).toBe('30')
  })

  it('never sends an answer the resident can no longer see', () => {
    const state = completeHomeState()
    const result = buildSubmission(scenario, { ...state, answers: { ...state.answers, employer: '旧单位' } }, self, { today: TODAY })
    if (!result.ok) throw new Error(result.reason)
    expect(result.application.fields).not.toHaveProperty('employer')
  })

  it('is a body the applications contract accepts, and the mock backend takes it', async () => {
    const result = buildSubmission(scenario, completeHomeState(), self, { today: TODAY })
    if (!result.ok) throw new Error(result.reason)
    expect(requestProblems('POST', '/applications', result.application)).toEqual([])
    const response = await fetch('http://localhost/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...TEST_AUTHORIZATION },
      body: JSON.stringify(result.application),
    })
    expect(response.status).toBe(201)
  })
})
