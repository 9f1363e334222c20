/** @jest-environment node */
import { servedTexts } from './served-texts'

describe('servedTexts', () => {
  it('collects residents’ text from nested JSON and leaves codes, ids and numbers out', () => {
    const body = JSON.stringify({
      appointments: [{ id: 'a-1001', hospital: '中国医科大学附属第一医院', startsAt: '2026-11-28 09:30', fee: 1200 }],
      status: 'booked',
      card: { type: '普通卡', balance: 4250 },
    })
    expect(servedTexts([body]).sort()).toEqual(['中国医科大学附属第一医院', '普通卡'].sort())
  })

  it('ignores bodies that are not JSON', () => {
    expect(servedTexts(['<html>医院</html>', ''])).toEqual([])
  })
})
