import { UnknownStepError } from './scenario-index'
import { markSaved, positionAfterSave, taskList, validateStep } from './tasks'
import { completeHomeState, homeAnswers, sample, stateWith, TODAY } from './testing'

const scenario = sample()
const statuses = (state: ReturnType<typeof stateWith>) =>
  Object.fromEntries(taskList(scenario, state, { today: TODAY }).tasks.map((t) => [t.stepId, t.status]))

describe('the task list', () => {
  it('starts with nothing started and the dependent steps waiting', () => {
    expect(statuses(stateWith())).toEqual({
      'about-you': 'not-yet-started',
      details: 'cannot-start-yet',
      // "photos" waits only for "work", which is hidden until the purpose is work: it does not apply.
      photos: 'not-yet-started',
      documents: 'cannot-start-yet',
    })
  })

  it('marks a step in progress once answered, and completed once saved valid', () => {
    const answered = stateWith({ answers: { name: '张晓明' } })
    expect(statuses(answered)['about-you']).toBe('in-progress')
    const saved = stateWith({ answers: homeAnswers(), savedSteps: ['about-you'] })
    expect(statuses(saved)).toMatchObject({ 'about-you': 'completed', details: 'in-progress', documents: 'not-yet-started' })
  })

  it('marks a saved step incomplete when an answer elsewhere adds a question to it', () => {
    const done = completeHomeState()
    expect(statuses(done).details).toBe('completed')
    // Choosing "work" shows the employer question in details, and the work step.
    const changed = { ...done, answers: { ...done.answers, purpose: 'work' } }
    expect(statuses(changed)).toMatchObject({ details: 'incomplete', work: 'not-yet-started', photos: 'completed' })
    const list = taskList(scenario, changed, { today: TODAY })
    // A done step keeps its status, but says it now waits for the new one.
    expect(list.tasks.find((t) => t.stepId === 'photos')?.waitingFor).toEqual(['work'])
    expect(list.ready).toBe(false)
  })

  it('is ready only when every shown task is completed', () => {
    const list = taskList(scenario, completeHomeState(), { today: TODAY })
    expect(list.tasks.map((t) => t.stepId)).toEqual(['about-you', 'details', 'photos', 'documents'])
    expect(list).toMatchObject({ completed: 4, ready: true })
  })

  it('names what a waiting step waits for', () => {
    const waiting = taskList(scenario, stateWith(), { today: TODAY }).tasks.find((t) => t.stepId === 'details')
    expect(waiting?.waitingFor).toEqual(['about-you'])
  })
})

describe('validating a step', () => {
  it('lists each shown field’s first problem and skips hidden ones', () => {
    const errors = validateStep(scenario, 'details', stateWith({ answers: { purpose: 'home', startDate: '2030-01-01', employer: '' } }), { today: TODAY })
    expect(errors.fields.map((e) => [e.fieldId, e.rule])).toEqual([['startDate', 'latest'], ['city', 'required']])
    expect(errors.materials).toEqual([])
  })

  it('asks for the step’s required materials', () => {
    const errors = validateStep(scenario, 'documents', stateWith({ answers: { purpose: 'work' } }), { today: TODAY })
    expect(errors.materials.map((e) => [e.materialId, e.rule])).toEqual([['id-copy', 'required'], ['work-proof', 'required']])
    expect(errors.materials[0].message).toEqual({ 'zh-CN': '请上传身份证', en: 'Upload ID card' })
  })

  it('refuses a step the definition does not have, with a typed error', () => {
    expect(() => validateStep(scenario, 'payment', stateWith())).toThrow(UnknownStepError)
  })
})

describe('the check-answers change loop', () => {
  const done = completeHomeState()

  it('returns to the check page after a change that keeps everything complete', () => {
    const changed = markSaved({ ...done, answers: { ...done.answers, phone: '13800000000' } }, 'about-you')
    expect(positionAfterSave(scenario, changed, { view: 'step', stepId: 'about-you', returnTo: 'check-answers' }, { today: TODAY })).toEqual({ view: 'check-answers' })
  })

  it('goes to the task list when the change opened new questions', () => {
    const changed = markSaved({ ...done, answers: { ...done.answers, purpose: 'work' } }, 'details')
    expect(positionAfterSave(scenario, changed, { view: 'step', stepId: 'details', returnTo: 'check-answers' }, { today: TODAY })).toEqual({ view: 'task-list' })
  })

  it('goes back to the task list after a step reached from it', () => {
    expect(positionAfterSave(scenario, done, { view: 'step', stepId: 'details' }, { today: TODAY })).toEqual({ view: 'task-list' })
  })

  it('records a save once', () => {
    expect(markSaved(markSaved(stateWith(), 'details'), 'details').savedSteps).toEqual(['details'])
  })
})
