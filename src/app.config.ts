import { miniAppPackages } from './generated/routes'
import { zhCN } from './locales/zh-CN'
import { flattenedShellPages, shellPackages, shellPreloadRule } from './shell-packages'

// Evaluated by Taro in Node at build time; the routes come from the mini-app manifests.
const target = process.env.TARO_ENV
const packages = miniAppPackages.filter((p) => (p.targets as readonly string[]).includes(target ?? 'h5'))
const tabPages = ['pages/home/index', 'pages/services/index', 'pages/my/index']
// The main package holds only the tab pages; the shell's other pages are subpackages (src/shell-packages.ts).
const shellSubPackages = shellPackages.map((p) => ({ root: p.root, pages: [...p.pages] }))

// React Native does not map subpackages to routes, so there every page is a top-level page.
const flattened = packages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))

export default defineAppConfig({
  pages: target === 'rn' ? [...tabPages, ...flattenedShellPages(), ...flattened] : tabPages,
  subPackages: target === 'rn' ? [] : [...shellSubPackages, ...packages.map((p) => ({ root: p.root, pages: [...p.pages] }))],
  ...(target === 'rn' ? {} : { preloadRule: shellPreloadRule }),
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1a5fd6',
    navigationBarTitleText: zhCN.app.name,
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6fa',
  },
  tabBar: {
    color: '#5b6472',
    selectedColor: '#1a5fd6',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: zhCN.tabs.home,
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: zhCN.tabs.services,
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-active.png',
      },
      {
        pagePath: 'pages/my/index',
        text: zhCN.tabs.my,
        iconPath: 'assets/tab/my.png',
        selectedIconPath: 'assets/tab/my-active.png',
      },
    ],
  },
})
