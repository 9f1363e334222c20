/**
 * The shell's own pages outside the tab bar, as WeChat subpackages: the main
 * package keeps only the tab pages and what the first screen needs
 * (platform-limits.md: 2 MB per package, and main-package growth is Taro's
 * most reported problem). Evaluated by app.config.ts in Node at build time and
 * read at run time by `shellRoutes`, so it is plain data.
 */
export const shellPackages = [
  // Sign-in and step-up are reached from any mini-app; family acting sits with identity.
  { root: 'packages/account', pages: ['pages/login/index', 'pages/verify/index', 'pages/family/index'] },
  { root: 'packages/payment', pages: ['pages/cashier/index', 'pages/payment-result/index', 'pages/orders/index'] },
  // 我的办件 and 好差评: every mini-app's cases, opened from My (and Home's list); 消息中心, whose messages mostly open a case.
  { root: 'packages/cases', pages: ['pages/list/index', 'pages/detail/index', 'pages/messages/index'] },
  { root: 'packages/privacy', pages: ['pages/authorizations/index', 'pages/privacy-log/index'] },
  // 电子证照: the wallet, its reveal and the counter QR; the QR encoder (qrcode-generator) ships only here.
  { root: 'packages/wallet', pages: ['pages/list/index', 'pages/detail/index'] },
  // Search, guides and web pages; the search engine stays out of the main package with them.
  { root: 'packages/catalogue', pages: ['pages/search/index', 'pages/service/index', 'pages/webview/index'] },
  // The one-stop renderer for every `form` scenario (formEntryRoute): a definition is data, so adding one adds no code.
  { root: 'forms', pages: ['pages/tasks/index'] },
] as const satisfies readonly { root: string; pages: readonly string[] }[]

export type ShellPackageRoot = (typeof shellPackages)[number]['root']

/**
 * What a resident opens next from each tab, fetched while they look at it:
 * search and service pages from Home and Services, sign-in from Home (a
 * tile asks for it), My's own lists from My.
 */
export const shellPreloadRule: Record<string, { network: 'all' | 'wifi'; packages: ShellPackageRoot[] }> = {
  'pages/home/index': { network: 'all', packages: ['packages/catalogue', 'packages/account'] },
  'pages/services/index': { network: 'all', packages: ['packages/catalogue'] },
  'pages/my/index': { network: 'all', packages: ['packages/account', 'packages/privacy', 'packages/payment', 'packages/cases', 'packages/wallet'] },
}

/** React Native maps no subpackages to routes: there every shell page is a top-level page. */
export const flattenedShellPages = (): string[] => shellPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
