import { photo, startScenarioJourney } from '@sdk/testing'

const TODAY = new Date(2026, 10, 24, 10)

describe('12345 snap-and-report, end to end', () => {
  it('defines the closed loop as stages the backend tracks, ending with the rating', async () => {
    const journey = await startScenarioJourney('snap-and-report', { today: TODAY })
    expect(journey.scenario.stages?.map((s) => s.id)).toEqual(['discovery', 'verification', 'rectification', 'feedback', 'rated'])
  })

  it('sends a photo, the place, a category and a description', async () => {
    const journey = await startScenarioJourney('snap-and-report', { today: TODAY })
    expect(journey.answer('photo', {}).fields.map((e) => e.rule)).toEqual(['required'])
    const shot = await journey.upload({ kind: 'field', fieldId: 'photos' }, photo('井盖.jpg'))
    expect(journey.answer('photo', {}).fields).toEqual([])
    expect(journey.answer('location', { city: '210102', place: '和平区南京南街与十四纬路交叉口东北角' }).fields).toEqual([])
    const short = journey.answer('details', { category: 'manhole', description: '井盖丢了' }).fields
    expect(short).toEqual([expect.objectContaining({ fieldId: 'description', message: { 'zh-CN': '请至少用 10 个字描述问题，方便部门核实', en: expect.any(String) } })])
    expect(journey.answer('details', { description: '人行道上的井盖丢失，夜间行人容易踩空，请尽快处理。' }).fields).toEqual([])

    const contact = journey.check().flatMap((s) => s.rows).find((r) => r.id === 'contactPhone')
    expect(contact).toMatchObject({ provided: false, value: { 'zh-CN': '未填写', en: 'Not provided' } })

    const { status, sent } = await journey.submit({ kind: 'self' })
    expect(status).toBe(201)
    expect(sent.fields).toMatchObject({ photos: shot.fileId, category: 'manhole', city: '210102' })
    expect(sent.parts).toEqual([expect.objectContaining({ itemId: 'report', department: '辽宁省12345政务服务便民热线' })])
  })

  it('asks what the problem is when it fits no category', async () => {
    const journey = await startScenarioJourney('snap-and-report', { today: TODAY })
    const errors = journey.answer('details', { category: 'other', description: '小区门口的共享单车长期乱停乱放。' }).fields
    expect(errors.map((e) => e.fieldId)).toEqual(['otherCategory'])
  })
})
