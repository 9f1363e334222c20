/** The privacy subpackage's words, zh-CN first: kept out of the main dictionary so they load with its pages. */
export const privacyZhCN = {
  authorizations: {
    title: '授权管理',
    none: '您还没有授权任何服务使用您的个人信息',
    grantedAt: (at: string) => `授权于 ${at}`,
    revoke: '撤回授权',
  },
  privacyLog: {
    title: '隐私记录',
    none: '暂无个人信息使用记录',
    allowed: '已使用',
    denied: '已拒绝',
    reasons: {
      undeclared: '未在服务声明中申请',
      'consent-denied': '未获您的授权',
      'consent-granted': '您同意了授权',
      'consent-revoked': '您撤回了授权',
      'domain-not-allowed': '访问未声明的网站',
      'not-family': '未核实的家庭关系',
    } as Record<string, string>,
    reportedByApp: '由本应用在发送前拦截',
  },
}

export type PrivacyText = typeof privacyZhCN
