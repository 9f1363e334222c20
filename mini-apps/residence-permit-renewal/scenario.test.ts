import { photo, startScenarioJourney } from '@sdk/testing'

const applicant = { name: '王建军', idNumber: '210202197506111838', phone: '13512345678' }

describe('residence permit renewal, end to end', () => {
  it('charges the 20 yuan card fee through the payment shell, and declares the payment scope for it', async () => {
    const journey = await startScenarioJourney('residence-permit-renewal')
    expect(journey.scenario.fee).toMatchObject({ amountFen: 2000, description: { 'zh-CN': '居住证工本费' } })
  })

  it('asks for the old permit only when it is damaged, and for proof only when details changed', async () => {
    const journey = await startScenarioJourney('residence-permit-renewal')
    const needed = () => journey.materials().filter((m) => m.required).map((m) => m.material.id)
    journey.answer('reason', { reason: 'lost' })
    expect(needed()).toEqual(['photo'])
    journey.answer('reason', { reason: 'damaged' })
    expect(needed()).toEqual(['photo', 'old-permit'])
    expect(journey.answer('reason', { reason: 'changed' }).fields).toMatchObject([{ fieldId: 'change', rule: 'required' }])
    journey.answer('reason', { reason: 'changed', change: '姓名变更' })
    expect(needed()).toEqual(['photo', 'change-proof'])
  })

  it('is sent with the photo and the station, and the server opens the fee order', async () => {
    const journey = await startScenarioJourney('residence-permit-renewal')
    expect(journey.answer('reason', { reason: 'lost' }).fields).toEqual([])
    expect(journey.answer('applicant', applicant).fields).toEqual([])
    await journey.upload({ kind: 'material', materialId: 'photo' }, photo('证件照.jpg'))
    expect(journey.answer('documents', {}).materials).toEqual([])
    expect(journey.answer('collect', { station: 'dl-shahekou-xian' }).fields).toEqual([])
    const { status, body, sent } = await journey.submit({ kind: 'self' })
    expect(status).toBe(201)
    expect(sent.fields).toMatchObject({ reason: 'lost', station: 'dl-shahekou-xian' })
    expect(body.feeOrderId).toEqual(expect.any(String))
  })
})
