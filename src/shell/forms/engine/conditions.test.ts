import type { Condition } from '../../../sdk/scenario'
import { evaluateCondition, visibilityOf } from './conditions'
import { sample } from './testing'
import type { Answers } from './types'

const over = (answers: Answers) => (id: string) => answers[id]

describe('conditions', () => {
  const answers: Answers = { purpose: 'work', age: 30, ageText: '30', none: '  ', photos: [] }

  it.each<[string, Condition, boolean]>([
    ['equals a string', { field: 'purpose', equals: 'work' }, true],
    ['equals another string', { field: 'purpose', equals: 'home' }, false],
    ['equals a number given as a number', { field: 'age', equals: 30 }, true],
    ['equals a number typed as text', { field: 'ageText', equals: 30 }, true],
    ['in a list', { field: 'purpose', in: ['home', 'work'] }, true],
    ['not in a list', { field: 'purpose', in: ['home', 'school'] }, false],
    ['answered', { field: 'purpose', answered: true }, true],
    ['blank text is not answered', { field: 'none', answered: false }, true],
    ['an empty upload is not answered', { field: 'photos', answered: true }, false],
    ['a missing answer equals nothing', { field: 'missing', equals: '' }, false],
    ['not', { not: { field: 'purpose', equals: 'home' } }, true],
    ['all, when one fails', { all: [{ field: 'purpose', equals: 'work' }, { field: 'age', equals: 31 }] }, false],
    ['all, when every one holds', { all: [{ field: 'purpose', equals: 'work' }, { field: 'age', in: [29, 30] }] }, true],
    ['any, when one holds', { any: [{ field: 'purpose', equals: 'home' }, { field: 'age', equals: 30 }] }, true],
    ['any, when none holds', { any: [{ field: 'purpose', equals: 'home' }, { not: { field: 'age', answered: true } }] }, false],
  ])('%s', (_, condition, expected) => {
    expect(evaluateCondition(condition, over(answers))).toBe(expected)
  })
})

describe('visibility', () => {
  const scenario = sample()

  it('shows a conditional field and step only when their condition holds', () => {
    const home = visibilityOf(scenario, { purpose: 'home', employer: '辽宁某公司' })
    expect(home.fieldVisible('employer')).toBe(false)
    expect(home.stepVisible('work')).toBe(false)
    expect(home.fieldVisible('notes')).toBe(false)
    const work = visibilityOf(scenario, { purpose: 'work' })
    expect(work.fieldVisible('employer')).toBe(true)
    expect(work.stepVisible('work')).toBe(true)
    expect(work.fieldVisible('notes')).toBe(true)
  })

  it('never counts a hidden answer, so what depends on it hides too', () => {
    // employerUscc needs purpose = work AND an employer; the stale employer answer must not count.
    const visibility = visibilityOf(scenario, { purpose: 'home', employer: '辽宁某公司' })
    expect(visibility.answer('employer')).toBeUndefined()
    expect(visibility.fieldVisible('employerUscc')).toBe(false)
    expect(visibilityOf(scenario, { purpose: 'work', employer: '辽宁某公司' }).fieldVisible('employerUscc')).toBe(true)
  })

  it('knows nothing of ids the definition does not have', () => {
    const visibility = visibilityOf(scenario, {})
    expect(visibility.fieldVisible('nope')).toBe(false)
    expect(visibility.stepVisible('nope')).toBe(false)
  })
})
