import { pdf, photo, startScenarioJourney } from '@sdk/testing'

const TODAY = new Date(2026, 10, 24, 10)
const applicant = { name: '王建军', idNumber: '210202197506111838', phone: '13512345678', hometown: '吉林省长春市朝阳区红旗街 8 号' }
const residence = { residenceRegion: '210102', residenceAddress: '沈阳市和平区三好街 55 号', livingSince: '2025-12-01', basis: 'employment', employer: '沈阳东软集团' }

describe('residence permit, end to end', () => {
  it('promises the permit on the spot, in 5 to 20 minutes, and reports progress in stages', async () => {
    const journey = await startScenarioJourney('residence-permit', { today: TODAY })
    expect(journey.scenario.timeLimit).toMatchObject({ min: 5, max: 20, unit: 'minutes' })
    expect(journey.scenario.stages?.map((s) => s.id)).toEqual(['submitted', 'pre-checked', 'at-window', 'issued'])
  })

  it('asks for the proof that matches how the resident qualifies', async () => {
    const journey = await startScenarioJourney('residence-permit', { today: TODAY })
    const needed = () => journey.materials().filter((m) => m.required).map((m) => m.material.id)
    journey.answer('residence', residence)
    expect(needed()).toEqual(['id-card', 'portrait', 'employment-proof'])
    journey.answer('residence', { basis: 'study', school: '东北大学' })
    expect(needed()).toEqual(['id-card', 'portrait', 'study-proof'])
    // The employer answer is kept in the draft but, hidden now, is never sent.
    expect(journey.session.draft.answers.employer).toBe('沈阳东软集团')
  })

  it('refuses a resident who has not lived there six months', async () => {
    const journey = await startScenarioJourney('residence-permit', { today: TODAY })
    const [error] = journey.answer('residence', { ...residence, livingSince: '2026-09-01' }).fields
    expect(error).toMatchObject({ fieldId: 'livingSince', rule: 'latest', message: { en: 'You can apply after living there for six months' } })
  })

  it('goes from the documents to a police-station pick-up and a submitted case', async () => {
    const journey = await startScenarioJourney('residence-permit', { today: TODAY })
    expect(journey.answer('applicant', applicant).fields).toEqual([])
    expect(journey.answer('residence', residence).fields).toEqual([])
    await journey.upload({ kind: 'material', materialId: 'id-card' }, photo('身份证正面.jpg'))
    await journey.upload({ kind: 'material', materialId: 'portrait' }, photo('证件照.jpg'))
    await journey.upload({ kind: 'material', materialId: 'employment-proof' }, pdf('劳动合同.pdf'))
    expect(journey.answer('documents', {}).materials).toEqual([])
    expect(journey.answer('pickup', { policeStation: 'sy-heping-nanhu' }).fields).toEqual([])

    const pickup = journey.check().find((s) => s.stepId === 'pickup')?.rows[0]
    expect(pickup?.value['zh-CN']).toBe('沈阳市公安局和平分局南湖派出所')
    // A change from the check page comes back to it.
    expect(journey.answer('pickup', { policeStation: 'sy-shenhe-wulihe' }, { view: 'step', stepId: 'pickup', returnTo: 'check-answers' }).fields).toEqual([])
    expect(journey.session.draft.position).toEqual({ view: 'check-answers' })

    const { status, sent } = await journey.submit({ kind: 'self' })
    expect(status).toBe(201)
    expect(sent.fields).toMatchObject({ policeStation: 'sy-shenhe-wulihe', basis: 'employment' })
    expect(sent.materials).toEqual([
      { id: 'id-card', fileIds: [expect.any(String)] }, { id: 'portrait', fileIds: [expect.any(String)] }, { id: 'employment-proof', fileIds: [expect.any(String)] },
    ])
  })
})
