import type { LocaleText } from './zh-CN'

export const en: LocaleText = {
  app: { name: 'Gov Services' },
  tabs: { home: 'Home', services: 'Services', my: 'My' },
  home: {
    greeting: 'Hello, welcome to Gov Services',
    slogan: 'One notice · one form · one set of materials · one visit',
    forYou: 'Frequently used',
    empty: 'No services are available yet',
  },
  services: {
    title: 'All services',
    count: (n) => `${n} in total`,
  },
  categories: {
    'social-insurance': 'Social security',
    transport: 'Transport',
    health: 'Health',
    housing: 'Housing',
    education: 'Education',
    employment: 'Employment',
    'civil-affairs': 'Civil affairs',
    'public-security': 'Public security',
    tax: 'Tax',
    utilities: 'Utilities',
    enterprise: 'Enterprise',
  },
  my: {
    title: 'My',
    guest: 'Not signed in',
    guestHint: 'Sign in to handle personal matters',
    language: 'Language',
    about: 'About',
    shellVersion: (v) => `Shell version ${v}`,
    serviceCount: (n) => `${n} services available`,
  },
  miniApp: {
    department: 'Department',
    unavailable: 'This service is not available on this platform yet',
  },
  query: {
    loading: 'Loading…',
    retry: 'Retry',
    empty: 'Nothing here yet',
  },
  errors: {
    network: 'No connection. Check your network and try again.',
    timeout: 'The request timed out. Please try again.',
    unauthenticated: 'Your session has expired. Please sign in again.',
    notFound: 'Nothing was found.',
    server: 'The service is unavailable. Please try again later.',
    rejected: 'The request was not accepted. Please check and try again.',
  },
}
