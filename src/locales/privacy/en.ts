import type { PrivacyText } from './zh-CN'

export const privacyEn: PrivacyText = {
  authorizations: {
    title: 'Authorizations',
    none: 'No service may use your personal information yet',
    grantedAt: (at) => `Allowed on ${at}`,
    revoke: 'Withdraw',
  },
  privacyLog: {
    title: 'Privacy log',
    none: 'No use of your personal information yet',
    allowed: 'Used',
    denied: 'Refused',
    reasons: {
      undeclared: 'Not declared by the service',
      'consent-denied': 'Not allowed by you',
      'consent-granted': 'You allowed it',
      'consent-revoked': 'You withdrew it',
      'domain-not-allowed': 'An undeclared website',
      'not-family': 'An unverified family link',
    },
    reportedByApp: 'Stopped by the app before sending',
  },
}
