import { aService } from '@test/served-catalogue'
import { formEntryRoute } from '../../sdk/manifest/catalogue'
import { builtMiniAppIds } from '../catalogue/catalogue'
import { shellRoutes } from '../navigation/shell-routes'
import { serviceRoute } from './open-service'

describe('where each kind of service opens', () => {
  it('a native mini-app this build carries opens at its entry, in its subpackage', () => {
    const native = aService('native mini-app in this build', (s) => s.kind === 'native' && builtMiniAppIds().has(s.id))
    if (native.kind !== 'native') throw new Error('not native')
    expect(serviceRoute(native)).toBe(native.entry)
  })

  it('a form opens in the renderer when available, and on the service page ("coming") until then', () => {
    const coming = aService('form still coming', (s) => s.kind === 'form' && s.status === 'coming')
    expect(serviceRoute(coming)).toBe(`${shellRoutes.service}?id=${coming.id}`)
    const available = { ...coming, status: 'available' as const }
    expect(serviceRoute(available)).toBe(formEntryRoute(coming.kind === 'form' ? coming.scenarioId : ''))
  })

  it('a web page opens in the shell’s web view, and a guide on the service page', () => {
    const page = aService('web page', (s) => s.kind === 'webview')
    expect(serviceRoute(page)).toBe(`${shellRoutes.webview}?id=${page.id}`)
    const guide = aService('guide', (s) => s.kind === 'guide')
    expect(serviceRoute(guide)).toBe(`${shellRoutes.service}?id=${guide.id}`)
  })
})
