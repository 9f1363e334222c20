import { applyPrefill, prefillPlan } from './prefill'
import { sample, stateWith } from './testing'

const scenario = sample()

describe('prefill', () => {
  it('plans identity and certificate prefill with the consent scopes they need', () => {
    const plan = prefillPlan(scenario, stateWith({ answers: { purpose: 'home' } }))
    expect(plan.scopes).toEqual(['profile.name', 'profile.idNumber', 'profile.phone', 'certificates'])
    expect(plan.requests).toContainEqual({ fieldId: 'licence', stepId: 'details', source: 'certificate', certificate: 'driving-licence', attribute: 'number', scope: 'certificates' })
    expect(plan.requests).toContainEqual({ fieldId: 'name', stepId: 'about-you', source: 'identity', of: 'resident', attribute: 'name', scope: 'profile.name' })
  })

  it('plans one step at a time, so consent is asked when the step opens', () => {
    const plan = prefillPlan(scenario, stateWith(), 'about-you')
    expect(plan.scopes).toEqual(['profile.name', 'profile.idNumber', 'profile.phone'])
  })

  it('skips fields the resident already answered', () => {
    const plan = prefillPlan(scenario, stateWith({ answers: { name: '李娜' } }), 'about-you')
    expect(plan.requests.map((r) => r.fieldId)).toEqual(['idNumber', 'phone'])
  })

  it('copies earlier answers without asking consent', () => {
    expect(prefillPlan(scenario, stateWith({ answers: { name: '李娜' } }), 'details').fromAnswers).toEqual({ address: '李娜' })
    expect(prefillPlan(scenario, stateWith(), 'details').fromAnswers).toEqual({})
  })

  it('never overwrites what the resident typed', () => {
    expect(applyPrefill({ name: '李娜', phone: '' }, { name: '张晓明', phone: '13912345678', idNumber: '' })).toEqual({ name: '李娜', phone: '13912345678' })
  })
})
