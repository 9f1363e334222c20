import { checkAnswers } from './summary'
import { completeHomeState, sample, stateWith } from './testing'

const scenario = sample()

describe('check your answers', () => {
  const sections = checkAnswers(scenario, {
    ...completeHomeState(),
    answers: { ...completeHomeState().answers, licence: '  ' },
  })
  const row = (id: string) => sections.flatMap((s) => s.rows).find((r) => r.id === id)

  it('has a section per shown step, in order, and no hidden step', () => {
    expect(sections.map((s) => s.stepId)).toEqual(['about-you', 'details', 'photos', 'documents'])
  })

  it('shows answers as residents know them', () => {
    expect(row('purpose')?.value).toEqual({ 'zh-CN': '居家', en: 'Home' })
    expect(row('age')?.value).toEqual({ 'zh-CN': '30 岁', en: '30 years' })
    expect(row('city')?.value['zh-CN']).toBe('沈阳市（210102）')
    expect(row('photos')?.value['zh-CN']).toBe('现场.jpg')
  })

  it('masks the ID number, as every screen does', () => {
    expect(row('idNumber')?.value['zh-CN']).toBe('1101**********002X')
  })

  it('says "Not provided" for a skipped optional answer, and leaves hidden fields out', () => {
    expect(row('licence')).toMatchObject({ provided: false, value: { 'zh-CN': '未填写', en: 'Not provided' } })
    expect(row('employer')).toBeUndefined()
  })

  it('lists the materials where they are uploaded, each once', () => {
    const documents = sections.find((s) => s.stepId === 'documents')
    expect(documents?.rows.map((r) => [r.kind, r.id, r.provided])).toEqual([['material', 'id-copy', true], ['material', 'extra', false]])
    expect(row('extra')?.value.en).toBe('Not uploaded')
  })

  it('links each change to its step, returning to the check page', () => {
    expect(row('phone')?.change).toEqual({ view: 'step', stepId: 'about-you', returnTo: 'check-answers' })
  })

  it('shows work questions once the purpose is work', () => {
    const work = checkAnswers(scenario, stateWith({ answers: { purpose: 'work', employer: '辽宁某公司' } }))
    expect(work.map((s) => s.stepId)).toContain('work')
    expect(work.flatMap((s) => s.rows).find((r) => r.id === 'employer')?.value['zh-CN']).toBe('辽宁某公司')
  })
})
