/**
 * What a resident does with a subject, as the suffix of a matter's Chinese
 * name (住房公积金 + 提取) and an English template (`{o}` is the subject).
 * Qualifiers split one action into the matters departments really list
 * (住房公积金 + 租房 + 提取), each its own leaf of the category tree; a
 * subject opts in with `提取+`, because not every subject takes them.
 */
export interface Action {
  en: string
  qualifiers?: readonly (readonly [zh: string, en: string])[]
}

export const ACTIONS: Record<string, Action> = {
  查询: { en: '{o} enquiry' },
  参保登记: { en: 'Enrol in {o}', qualifiers: [['个人', 'individuals'], ['单位', 'employers']] },
  缴费: { en: 'Pay contributions to {o}', qualifiers: [['个人', 'individuals'], ['单位', 'employers']] },
  缴费基数申报: { en: 'Declare the contribution base for {o}' },
  待遇申领: { en: 'Claim benefits from {o}' },
  待遇资格认证: { en: 'Confirm eligibility for {o} benefits' },
  关系转移接续: { en: 'Transfer {o} records', qualifiers: [['省内', 'within Liaoning'], ['跨省', 'between provinces']] },
  信息变更: { en: 'Change {o} details' },
  注销登记: { en: 'Deregister {o}' },
  欠费补缴: { en: 'Pay {o} arrears' },
  个人账户查询: { en: '{o} personal account enquiry' },
  缴费记录查询: { en: '{o} contribution record enquiry' },
  申领: { en: 'Apply for {o}', qualifiers: [['首次', 'first time']] },
  换证: { en: 'Renew {o}', qualifiers: [['期满', 'on expiry'], ['损毁', 'when damaged']] },
  换领: { en: 'Renew {o}', qualifiers: [['异地', 'outside the registered city'], ['到期', 'on expiry']] },
  换发: { en: 'Reissue {o}', qualifiers: [['到期', 'on expiry']] },
  补领: { en: 'Replace a lost {o}' },
  补发: { en: 'Reissue a lost {o}' },
  挂失: { en: 'Report a lost {o}' },
  解挂: { en: 'Cancel the loss report of {o}' },
  启用: { en: 'Activate {o}' },
  密码修改: { en: 'Change the PIN of {o}' },
  注销: { en: 'Cancel {o}' },
  审验: { en: 'Inspection of {o}' },
  签注: { en: 'Endorsement on {o}', qualifiers: [['个人旅游', 'individual travel'], ['探亲', 'family visits']] },
  申请: { en: 'Apply for {o}' },
  发放查询: { en: '{o} payment enquiry' },
  资格复核: { en: 'Eligibility review for {o}' },
  认定: { en: 'Certification of {o}' },
  办理: { en: 'Obtain {o}' },
  提取: {
    en: 'Withdraw {o}',
    qualifiers: [['购房', 'to buy a home'], ['租房', 'to pay rent'], ['离退休', 'on retirement'], ['偿还贷款', 'to repay a loan'], ['大病医疗', 'for serious illness']],
  },
  贷款: { en: '{o} loan', qualifiers: [['首套房', 'for a first home'], ['组合', 'combined with a commercial loan']] },
  缴存: { en: 'Contribute to {o}', qualifiers: [['单位', 'employers'], ['灵活就业人员', 'flexible workers']] },
  首次登记: { en: 'First registration of {o}' },
  转移登记: { en: 'Transfer registration of {o}', qualifiers: [['买卖', 'on sale'], ['继承', 'by inheritance'], ['赠与', 'by gift']] },
  变更登记: { en: 'Change registration of {o}' },
  抵押登记: { en: 'Mortgage registration of {o}' },
  设立登记: { en: 'Set up {o}' },
  注册登记: { en: 'Register {o}' },
  处理: { en: 'Settle {o}' },
  充值: { en: 'Top up {o}' },
  余额查询: { en: '{o} balance enquiry' },
  报装: { en: 'New {o} connection', qualifiers: [['居民', 'households'], ['企业', 'businesses']] },
  迁入: { en: 'Move {o} in' },
  迁出: { en: 'Move {o} out' },
  开具: { en: 'Issue {o}' },
  缴纳: { en: 'Pay {o}' },
  许可: { en: '{o} licence' },
  核发: { en: 'Issue {o}' },
  变更: { en: 'Change {o}' },
  延续: { en: 'Extend {o}' },
  补办: { en: 'Replace {o}' },
  备案: { en: 'File {o}' },
  复审: { en: 'Review {o}' },
  校验: { en: 'Revalidate {o}' },
  停业: { en: 'Suspend business under {o}' },
  恢复营业: { en: 'Resume business under {o}' },
}

/** English with its first letter capitalised, after a template put a subject in it. */
export const englishOf = (template: string, subjectEn: string): string => {
  const text = template.replace('{o}', subjectEn)
  return text.charAt(0).toUpperCase() + text.slice(1)
}
