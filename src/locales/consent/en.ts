import type { ConsentText } from './zh-CN'

export const consentEn: ConsentText = {
  consent: {
    title: (app) => `“${app}” asks to use:`,
    purpose: (reason) => `Why: ${reason}`,
    allow: 'Allow',
    deny: 'Deny',
    revocable: 'You can withdraw this at any time in My → Authorizations.',
  },
  scopes: {
    'profile.name': 'Your name',
    'profile.idNumber': 'Your ID number',
    'profile.phone': 'Your mobile number',
    'profile.address': 'Your address',
    certificates: 'Your e-certificates',
    location: 'Your location',
    camera: 'The camera',
    payment: 'Payment',
    notifications: 'Notifications',
    family: 'Acting for your family',
  },
}
