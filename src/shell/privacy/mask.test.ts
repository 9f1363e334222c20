import { maskIdNumber, maskName, maskPersonalData, maskPhone } from './mask'

describe('masking personal data', () => {
  it('keeps only what identifies the record to its owner', () => {
    expect(maskIdNumber('210102198001011237')).toBe('2101**********1237')
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskName('王建军')).toBe('王*军')
    expect(maskName('李娜')).toBe('李*')
    expect(maskName('欧阳娜娜')).toBe('欧**娜')
  })

  it('masks ID and phone numbers anywhere in a log line', () => {
    expect(maskPersonalData('verify 210102198001011237 for 13812345678 failed')).toBe('verify 2101**********1237 for 138****5678 failed')
  })
})
