import type { components } from '../../generated/api/shell'

type CertificateType = components['schemas']['CertificateType']
type Status = components['schemas']['CertificateStatus']

/** 电子证照: the resident's words, zh-CN first; loaded with the wallet's subpackage, not the main dictionary. */
export const walletZhCN = {
  title: '电子证照',
  empty: '暂无电子证照，完成实名认证后自动领取',
  names: {
    'id-card': '居民身份证',
    'social-security-card': '社会保障卡',
    'medical-insurance-card': '医保电子凭证',
    'driving-licence': '机动车驾驶证',
    'residence-permit': '居住证',
  } satisfies Record<CertificateType, string>,
  status: { valid: '有效', expiring: '即将到期', expired: '已过期' } satisfies Record<Status, string>,
  number: '证件号码',
  holder: '持证人',
  issuer: '发证机关',
  validUntil: (date: string) => `有效期至 ${date}`,
  expiringHint: '证照即将到期，请在到期前办理换领',
  notFound: '您的卡包中没有该证照',
  reveal: '查看完整号码',
  revealHint: '为保护您的信息，查看完整号码前需短信验证',
  revealSend: '发送验证码',
  revealConfirm: '验证并查看',
  revealShown: (s: number) => `${s} 秒后自动隐藏`,
  code: '短信验证码',
  showQr: '出示二维码',
  hideQr: '收起二维码',
  qrAlt: (name: string) => `${name}的出示二维码`,
  qrHint: '请向工作人员出示，二维码每 60 秒自动刷新，截图无效',
  qrRefreshIn: (s: number) => `${s} 秒后刷新`,
  qrFailed: '二维码生成失败，请重试',
}

export type WalletText = typeof walletZhCN
