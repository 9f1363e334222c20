import type { ServiceText } from './zh-CN'

export const serviceEn: ServiceText = {
  coming: 'Coming soon: applying online is being built. Read the guide or call 12345.',
  openForm: 'Start application',
  openService: 'Open',
  guide: {
    summary: 'What it is',
    applicants: 'Who may apply',
    materials: 'Materials',
    copies: (n) => `${n} cop${n === 1 ? 'y' : 'ies'}`,
    original: 'original',
    copy: 'copy',
    'original-and-copy': 'original and copy',
    fee: 'Fee',
    free: 'Free',
    feeAmount: (yuan) => `¥${yuan}`,
    time: 'Time limit',
    legalDays: (n) => `${n} working days by law`,
    promisedDays: (n) => (n === 0 ? 'Done on the spot' : `${n} working days promised`),
    halls: 'Where to go',
    hours: (h) => `Hours: ${h}`,
    phone: (p) => `Phone: ${p}`,
    runs: { zero: 'No visit needed', once: 'At most one visit' },
    notFound: 'No guide for this service',
  },
  webview: {
    leaving: 'You are leaving the app for the page below. It is run by a third party: take care with your personal data.',
    open: 'Continue',
    refused: (host) => `For your safety, the app does not open pages on ${host}.`,
    notFound: 'This web service was not found',
  },
}
