import { photo, sentUploadKeys, startScenarioJourney } from '@sdk/testing'

const TODAY = new Date(2026, 10, 24, 10)
const MOTHER_ID = '210102199003124622'
const FATHER_ID = '210102198805203512'

const child = { childName: '李小宝', childSex: 'male', birthDate: '2026-11-10', birthHospital: '中国医科大学附属盛京医院', birthWeight: 3350 }
const parents = {
  applicantRole: 'mother', applicantName: '李娜', applicantIdNumber: MOTHER_ID, applicantPhone: '13700001234',
  otherParentName: '王强', otherParentIdNumber: FATHER_ID, parentsMarried: 'yes',
}
const household = { registerWith: 'father', householdRegion: '210102', householdAddress: '沈阳市和平区南京南街 1 号 2-3-1' }

describe('newborn one-stop, end to end', () => {
  it('takes one form and one set of documents to four departments, surviving a kill mid-way', async () => {
    const journey = await startScenarioJourney('newborn-one-stop', { today: TODAY, subjectKey: 'fm-child' })
    expect(journey.scenario.subject).toEqual({ kind: 'family-member', relations: ['child'] })
    // The child's name comes through the family feature, so its prefill needs the family scope.
    expect(journey.prefill('child').scopes).toEqual(['family'])
    expect(journey.tasks().tasks.map((t) => [t.stepId, t.status])).toEqual([
      ['child', 'not-yet-started'], ['parents', 'not-yet-started'], ['household', 'cannot-start-yet'],
      ['insurance-and-card', 'cannot-start-yet'], ['documents', 'cannot-start-yet'],
    ])

    expect(journey.answer('child', child).fields).toEqual([])
    expect(journey.answer('parents', parents).fields).toEqual([])
    expect(journey.answer('household', household).fields).toEqual([])
    // The insurance city is copied from the household registration without asking again.
    expect(journey.prefill('insurance-and-card').fromAnswers).toEqual({ insuranceRegion: '210102' })
    expect(journey.answer('insurance-and-card', { insuranceRegion: '210102', cardBank: 'shengjing', cardDelivery: 'post' }).fields.map((e) => e.fieldId)).toEqual(['deliveryAddress'])
    expect(journey.answer('insurance-and-card', { deliveryAddress: household.householdAddress }).fields).toEqual([])

    // Both parents' ID cards: needed by three departments, uploaded once.
    await journey.upload({ kind: 'material', materialId: 'parents-id-cards' }, photo('母亲身份证.jpg'))
    await journey.upload({ kind: 'material', materialId: 'parents-id-cards' }, photo('父亲身份证.jpg'))
    await journey.kill()
    expect(journey.session.draft.position).toEqual({ view: 'task-list' })
    expect(journey.tasks().completed).toBe(4)
    expect(journey.materials().find((m) => m.material.id === 'parents-id-cards')).toMatchObject({ uploaded: true, items: ['birth-certificate', 'household-registration', 'medical-insurance'] })

    await journey.upload({ kind: 'material', materialId: 'marriage-certificate' }, photo('结婚证.jpg'))
    await journey.upload({ kind: 'material', materialId: 'household-register' }, photo('户口簿.jpg'))
    await journey.upload({ kind: 'material', materialId: 'child-photo' }, photo('宝宝.jpg'))
    expect(journey.answer('documents', {}).materials).toEqual([])
    expect(journey.tasks().ready).toBe(true)
    expect(new Set(sentUploadKeys).size).toBe(sentUploadKeys.length)

    const check = journey.check().flatMap((s) => s.rows)
    expect(check.find((r) => r.id === 'applicantIdNumber')?.value['zh-CN']).toBe('2101**********4622')
    expect(check.find((r) => r.id === 'unmarried-statement')).toBeUndefined()

    const { status, sent } = await journey.submit({ kind: 'family-member', memberId: 'fm-child' })
    expect(status).toBe(201)
    const parts = sent.parts as { itemId: string; department: string; materials: string[]; fields: Record<string, string> }[]
    expect(parts.map((p) => p.department)).toEqual(['辽宁省卫生健康委员会', '辽宁省公安厅', '辽宁省医疗保障局', '辽宁省人力资源和社会保障厅'])
    expect(parts.filter((p) => p.materials.includes('parents-id-cards')).map((p) => p.itemId)).toEqual(['birth-certificate', 'household-registration', 'medical-insurance'])
    expect(parts[0].fields).toMatchObject({ birthWeight: '3350', birthHospital: '中国医科大学附属盛京医院' })
    expect(parts[3].fields).not.toHaveProperty('birthWeight')
    expect((sent.materials as { id: string; fileIds: string[] }[]).find((m) => m.id === 'parents-id-cards')?.fileIds).toHaveLength(2)
  })

  it('asks unmarried parents for their statement instead of a marriage certificate', async () => {
    const journey = await startScenarioJourney('newborn-one-stop', { today: TODAY })
    journey.answer('parents', { ...parents, parentsMarried: 'no' })
    const needed = journey.materials().filter((m) => m.needed).map((m) => m.material.id)
    expect(needed).toContain('unmarried-statement')
    expect(needed).not.toContain('marriage-certificate')
  })

  it('sends a child over one year old to the police station, in the definition’s words', async () => {
    const journey = await startScenarioJourney('newborn-one-stop', { today: TODAY })
    const [error] = journey.answer('child', { ...child, birthDate: '2025-10-01' }).fields
    expect(error).toMatchObject({ fieldId: 'birthDate', rule: 'earliest', message: { 'zh-CN': '出生一年以上的，请到派出所窗口办理' } })
  })
})
