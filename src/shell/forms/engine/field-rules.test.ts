import type { ScenarioField } from '../../../sdk/scenario'
import { validateField, type FieldError } from './field-rules'
import { indexOf } from './scenario-index'
import { sample, TODAY } from './testing'
import type { AnswerValue } from './types'

const scenario = sample((d) => {
  // Overrides of the shell's messages, rule by rule.
  const startDate = d.steps[1].fields?.[3]
  if (startDate) startDate.messages = { latest: { 'zh-CN': '开始日期不能是将来', en: 'The start date cannot be in the future' } }
})
const fieldNamed = (id: string): ScenarioField => {
  const entry = indexOf(scenario).field.get(id)
  if (!entry) throw new Error(`no field ${id}`)
  return entry.field
}
const files = { done: { name: 'a.jpg', fileId: 'file-1' }, pending: { name: 'b.jpg' } }
const check = (id: string, value: AnswerValue | undefined): FieldError | undefined => validateField(fieldNamed(id), value, { today: TODAY, files })

describe('field rules', () => {
  it.each<[string, string, AnswerValue | undefined, string | undefined, RegExp | undefined]>([
    // field, case, value, rule, zh-CN message
    ['name', 'a missing required answer', undefined, 'required', /请填写姓名/],
    ['name', 'blank text', '   ', 'required', /请填写姓名/],
    ['name', 'too short', '张', 'minLength', /姓名至少需要 2 个字/],
    ['name', 'too long', '张'.repeat(21), 'maxLength', /不能超过 20 个字/],
    ['name', 'a good name', '张晓明', undefined, undefined],
    ['code', 'an optional field left empty', '', undefined, undefined],
    ['code', 'a pattern it fails, with the definition’s message', 'ab1', 'pattern', /代码应为 3 个大写字母/],
    ['code', 'a pattern it meets', 'ABC', undefined, undefined],
    ['age', 'text that is not a number', '三十', 'number', /年龄请填写数字/],
    ['age', 'a fraction where a whole number is needed', 30.5, 'integer', /年龄请填写整数/],
    ['age', 'below the minimum, with its unit', 15, 'min', /年龄不能小于 16 岁/],
    ['age', 'above the maximum', '121', 'max', /年龄不能大于 120 岁/],
    ['age', 'a number typed as text', ' 42 ', undefined, undefined],
    ['startDate', 'a date that does not exist', '2026-02-30', 'date', /开始日期请填写正确的日期/],
    ['startDate', 'a date in another format', '2026/01/05', 'date', /正确的日期/],
    ['startDate', 'a date before a fixed earliest', '2019-12-31', 'earliest', /开始日期不能早于 2020-01-01/],
    ['startDate', 'a date in the future, with the definition’s message', '2026-11-25', 'latest', /开始日期不能是将来/],
    ['startDate', 'today', '2026-11-24', undefined, undefined],
    ['purpose', 'a value that is not an option', 'school', 'option', /请从列表中选择办理用途/],
    ['purpose', 'a missing choice', undefined, 'required', /请选择办理用途/],
    ['city', 'a code outside Liaoning', '110101', 'region', /请选择辽宁省内的地区/],
    ['city', 'a Liaoning city outside the scenario’s', '210302', 'region', /不在本事项的办理地区内/],
    ['city', 'a district of an allowed city', '210102', undefined, undefined],
    ['idNumber', 'a wrong check digit', '110105194912310021', 'idNumber', /身份证号校验位不正确/],
    ['idNumber', 'a good number with a lower-case x', '11010519491231002x', undefined, undefined],
    ['phone', 'a landline', '02423456789', 'phone', /11 位手机号/],
    ['phone', 'a mobile number', '13912345678', undefined, undefined],
    ['employerUscc', 'a USCC with a typo', '91330100799655058C', 'uscc', /统一社会信用代码校验位不正确/],
    ['employerUscc', 'a real USCC', '91330100799655058B', undefined, undefined],
    ['photos', 'no photo', [], 'required', /请上传现场照片/],
    ['photos', 'more files than allowed', ['done', 'done', 'done'], 'maxFiles', /最多上传 2 个文件/],
    ['photos', 'a file still uploading', ['done', 'pending'], 'uploading', /正在上传/],
    ['photos', 'uploaded photos', ['done'], undefined, undefined],
  ])('%s: %s', (id, _, value, rule, message) => {
    const error = check(id, value)
    expect(error?.rule).toBe(rule)
    if (message) expect(error?.message['zh-CN']).toMatch(message)
  })

  it('says which part of an ID number or USCC is wrong', () => {
    expect(check('idNumber', '1101051949123')).toMatchObject({ rule: 'idNumber', detail: 'length' })
    expect(check('employerUscc', 'I1330100799655058B')).toMatchObject({ rule: 'uscc', detail: 'characters' })
  })

  it('gives every message in English too', () => {
    expect(check('name', undefined)?.message.en).toBe('Enter name')
    expect(check('purpose', undefined)?.message.en).toBe('Select purpose')
    expect(check('age', 15)?.message.en).toBe('Age must be 16 years or more')
    expect(check('employerUscc', '91330100799655058C')?.message.en).toMatch(/check character does not match/)
    expect(check('idNumber', '110105194912310021')?.message.en).toMatch(/check/i)
  })
})
