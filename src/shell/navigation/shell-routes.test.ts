import { flattenedShellPages, shellPackages, shellPreloadRule } from '../../shell-packages'
import { pageRoute, shellRoutes } from './shell-routes'

describe('the shell routes', () => {
  it('name only pages that a shell subpackage declares', () => {
    const declared = flattenedShellPages()
    Object.values(shellRoutes).forEach((route) => expect(declared).toContain(pageRoute(route)))
  })

  it('preload only subpackages that exist, from tab pages', () => {
    const roots: string[] = shellPackages.map((p) => p.root)
    Object.entries(shellPreloadRule).forEach(([page, rule]) => {
      expect(page).toMatch(/^pages\/(home|services|my)\/index$/)
      rule.packages.forEach((root) => expect(roots).toContain(root))
    })
  })
})
