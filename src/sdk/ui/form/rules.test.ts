import { zhCN } from '../../../locales/zh-CN'
import { en } from '../../../locales/en'
import { check, dateBetween, firstError, maxLength, minLength, pattern, required } from './rules'

const zh = { label: '姓名', text: zhCN.ui }

describe('validation rules', () => {
  it('required asks to fill in text and to choose anything else, in the resident’s words', () => {
    expect(required<string>()('  ', zh)).toBe('请填写姓名')
    expect(required<string | null>()(null, zh)).toBe('请选择姓名')
    expect(required<string>()('', { label: 'Name', text: en.ui })).toBe('Enter name')
    expect(required<string>('请填写身份证上的姓名')('', zh)).toBe('请填写身份证上的姓名')
    expect(required<string>()('张三', zh)).toBeNull()
    expect(required().required).toBe(true)
  })

  it('length and format rules pass an empty value, so an optional field may stay empty', () => {
    for (const rule of [minLength(2), maxLength(4), pattern(/1\d{10}/)]) expect(rule('', zh)).toBeNull()
    expect(minLength(2)('张', zh)).toBe('姓名至少需要 2 个字')
    expect(maxLength(4)('欧阳娜娜呀', zh)).toBe('姓名不能超过 4 个字')
    expect(pattern(/1\d{10}/)('1380000000', zh)).toBe('姓名格式不正确')
    expect(pattern(/1\d{10}/)('13800000000', zh)).toBeNull()
  })

  it('pattern matches the whole value, not a part of it', () => {
    expect(pattern(/\d{6}/)('110000abc', zh)).toBe('姓名格式不正确')
  })

  it('check carries the department’s own test and words', () => {
    const even = check<string>((v) => Number(v) % 2 === 0, '请输入偶数')
    expect(even('3', zh)).toBe('请输入偶数')
    expect(even('4', zh)).toBeNull()
  })

  it('dateBetween keeps a date in its range', () => {
    const rule = dateBetween('2024-01-01', '2024-12-31')
    expect(rule('2023-12-31', zh)).toBe('姓名应在 2024-01-01 至 2024-12-31 之间')
    expect(rule('2024-06-01', zh)).toBeNull()
    expect(rule(null, zh)).toBeNull()
  })

  it('firstError reports the first failing rule only', () => {
    expect(firstError([required<string>(), minLength(2)], '', zh)).toBe('请填写姓名')
    expect(firstError([required<string>(), minLength(2)], '张', zh)).toBe('姓名至少需要 2 个字')
  })
})
