import { pdf, photo, startScenarioJourney } from '@sdk/testing'

const TODAY = new Date(2026, 10, 24, 10)
// An enterprise service: the server takes it only from an enterprise's registered agent.
const AGENT = 'hr-agent'
const name = { nameRegion: '210100', tradeName: '星海', industry: '软件开发', organisationForm: 'llc' }
const registration = {
  registeredCapital: 100, businessScope: '软件开发；信息技术咨询服务', premisesRegion: '210104', premisesAddress: '沈阳市大东区东北大马路 100 号',
  legalRepName: '陈敏', legalRepIdNumber: '210102199003124622', legalRepPhone: '13600001111',
}
const shareholder = { hasCorporateShareholder: 'yes', corporateShareholderName: '阿里巴巴（中国）有限公司', corporateShareholderPercent: 30 }

describe('business start-up, end to end', () => {
  it('refuses a corporate shareholder’s wrong USCC with its reason, and takes the right one', async () => {
    const journey = await startScenarioJourney('business-start-up', { today: TODAY, persona: AGENT })
    journey.answer('name', name)
    const [error] = journey.answer('shareholders', { ...shareholder, corporateShareholderUscc: '91330100799655058C' }).fields
    expect(error).toMatchObject({
      fieldId: 'corporateShareholderUscc', rule: 'uscc', detail: 'check-character',
      message: { 'zh-CN': '统一社会信用代码校验位不正确，请核对营业执照' },
    })
    expect(journey.answer('shareholders', { corporateShareholderUscc: '91330100799655058B' }).fields).toEqual([])
  })

  it('leaves out the shareholders and the articles for a sole proprietorship', async () => {
    const journey = await startScenarioJourney('business-start-up', { today: TODAY, persona: AGENT })
    journey.answer('name', { ...name, organisationForm: 'sole' })
    expect(journey.tasks().tasks.map((t) => t.stepId)).not.toContain('shareholders')
    expect(journey.materials().filter((m) => m.needed).map((m) => m.material.id)).toEqual(['legal-rep-id', 'premises-proof'])
  })

  it('waits for the registration before the seal, tax and social security, then sends five parts', async () => {
    const journey = await startScenarioJourney('business-start-up', { today: TODAY, persona: AGENT })
    expect(journey.answer('name', name).fields).toEqual([])
    const waiting = journey.tasks().tasks.filter((t) => t.status === 'cannot-start-yet').map((t) => t.stepId)
    expect(waiting).toEqual(['seal', 'tax', 'social-security', 'documents'])
    expect(journey.answer('registration', registration).fields).toEqual([])
    expect(journey.answer('shareholders', { ...shareholder, corporateShareholderUscc: '91330100799655058B' }).fields).toEqual([])
    expect(journey.answer('seal', { sealSet: 'standard', sealMaker: 'sy-jinyin' }).fields).toEqual([])
    expect(journey.answer('tax', { taxpayerType: 'small-scale', needsInvoices: 'yes', invoiceType: 'e-ordinary', financeContact: '赵会计', financePhone: '13900002222' }).fields).toEqual([])
    expect(journey.answer('social-security', { employees: 5, insuredFrom: '2026-12-01' }).fields).toEqual([])
    await journey.upload({ kind: 'material', materialId: 'legal-rep-id' }, photo('法人身份证.jpg'))
    await journey.upload({ kind: 'material', materialId: 'premises-proof' }, pdf('租赁合同.pdf'))
    await journey.upload({ kind: 'material', materialId: 'articles' }, pdf('公司章程.pdf'))
    await journey.upload({ kind: 'material', materialId: 'shareholder-licence' }, photo('股东营业执照.jpg'))
    expect(journey.answer('documents', {}).materials).toEqual([])

    const { status, sent } = await journey.submit({ kind: 'self' })
    expect(status).toBe(201)
    const parts = sent.parts as { itemId: string; materials: string[]; fields: Record<string, string> }[]
    expect(parts.map((p) => p.itemId)).toEqual(['name-check', 'registration', 'seal', 'tax', 'social-security-account'])
    expect(parts.find((p) => p.itemId === 'registration')?.fields.corporateShareholderUscc).toBe('91330100799655058B')
    expect(parts.find((p) => p.itemId === 'seal')?.materials).toEqual(['legal-rep-id'])
  })
})
