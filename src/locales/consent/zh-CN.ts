/** The consent prompt's words and the names of scopes, zh-CN first: kept out of the main dictionary, since only mini-app pages, forms and the privacy pages ask or list consent. */
export const consentZhCN = {
  consent: {
    title: (app: string) => `「${app}」申请使用您的以下信息`,
    purpose: (reason: string) => `用途：${reason}`,
    allow: '允许',
    deny: '拒绝',
    revocable: '您可随时在“我的-授权管理”中撤回授权。',
  },
  scopes: {
    'profile.name': '姓名',
    'profile.idNumber': '身份证号',
    'profile.phone': '手机号',
    'profile.address': '地址',
    certificates: '电子证照',
    location: '位置信息',
    camera: '摄像头',
    payment: '支付',
    notifications: '消息通知',
    family: '为家人办理',
  } as Record<string, string>,
}

export type ConsentText = typeof consentZhCN
