/** @jest-environment node */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isCliError } from './errors'
import { namesOf } from './names'
import { fillTemplate, scaffold } from './scaffold'

let miniAppsDir: string
beforeEach(() => {
  miniAppsDir = join(mkdtempSync(join(tmpdir(), 'miniapp-scaffold-')), 'mini-apps')
  mkdirSync(miniAppsDir)
})
afterEach(() => rmSync(join(miniAppsDir, '..'), { recursive: true, force: true }))

const read = (path: string) => readFileSync(join(miniAppsDir, path), 'utf8')
const failure = (run: () => unknown): string => {
  try {
    run()
  } catch (e: unknown) {
    if (isCliError(e)) return e.message
    throw e
  }
  throw new Error('expected a refusal')
}

describe('new mini-apps from templates', () => {
  it('writes a native one: list, detail and form pages, contract, handlers, seeds, locales and tests', () => {
    const files = scaffold({ miniAppsDir, id: 'bus-card', kind: 'native' })
    expect(files).toEqual(
      expect.arrayContaining([
        'bus-card/manifest.ts',
        'bus-card/openapi.yaml',
        'bus-card/api.ts',
        'bus-card/handlers.ts',
        'bus-card/mock/seeds.ts',
        'bus-card/locales.ts',
        'bus-card/pages/index.tsx',
        'bus-card/pages/detail.tsx',
        'bus-card/pages/apply.tsx',
        'bus-card/pages/index.test.tsx',
        'bus-card/pages/apply.test.tsx',
      ]),
    )
    expect(read('bus-card/manifest.ts')).toContain("id: 'bus-card'")
    expect(read('bus-card/manifest.ts')).toMatch(/path: 'pages\/apply', .*level: 'L3'/)
    expect(read('bus-card/openapi.yaml')).toContain('/bus-card/applications:')
    expect(read('bus-card/api.ts')).toContain('const busCardApi =')
    expect(read('bus-card/handlers.ts')).toContain("http.post('*/api/bus-card/applications'")
    expect(read('bus-card/mock/seeds.ts')).toContain('export const seedBusCard')
    expect(read('bus-card/pages/index.tsx')).toContain("className='bus-card'")
    expect(read('bus-card/pages/common.scss')).toContain('.bus-card__card')
    for (const file of files) expect(read(file)).not.toMatch(/\{\{\w+\}\}/)
  })

  it('writes a form one: manifest, scenario definition and its test, and no pages', () => {
    expect(scaffold({ miniAppsDir, id: 'pet-licence', kind: 'form' }).sort()).toEqual([
      'pet-licence/manifest.ts',
      'pet-licence/scenario.test.ts',
      'pet-licence/scenario.ts',
    ])
    expect(read('pet-licence/manifest.ts')).toContain("kind: 'form'")
    expect(read('pet-licence/scenario.ts')).toContain("id: 'pet-licence'")
    expect(read('pet-licence/scenario.test.ts')).toContain("startScenarioJourney('pet-licence'")
  })

  it('gives each id names, a glyph and a colour of its own, within the manifest limits', () => {
    const a = namesOf('bus-card')
    const b = namesOf('a-very-long-mini-app-id-of-32-ch')
    expect(a).toMatchObject({ Pascal: 'BusCard', camel: 'busCard', enName: 'Service bus-card' })
    expect(a.mark).not.toBe(namesOf('bus-cards').mark)
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/)
    expect([...b.zhName].length).toBeLessThanOrEqual(12)
    expect(b.enName.length).toBeLessThanOrEqual(40)
  })

  it('refuses a bad id, a taken id and an unknown kind in words', () => {
    expect(failure(() => scaffold({ miniAppsDir, id: 'Bus_Card' }))).toBe('"Bus_Card" is not a mini-app id')
    scaffold({ miniAppsDir, id: 'bus-card' })
    expect(failure(() => scaffold({ miniAppsDir, id: 'bus-card' }))).toBe('mini-apps/bus-card already exists')
    expect(failure(() => scaffold({ miniAppsDir, id: 'tram-card', kind: 'webview' }))).toBe('"webview" is not a kind of mini-app')
  })

  it('still starts one from an existing mini-app with --from', () => {
    scaffold({ miniAppsDir, id: 'bus-card' })
    scaffold({ miniAppsDir, id: 'tram-card', from: 'bus-card' })
    expect(read('tram-card/manifest.ts')).toContain("id: 'tram-card'")
    expect(read('tram-card/handlers.ts')).toContain("http.post('*/api/tram-card/applications'")
  })

  it('refuses a template token it does not know', () => {
    expect(failure(() => fillTemplate('{{id}} {{nope}}', namesOf('bus-card'), 'x.tmpl'))).toBe(
      'x.tmpl uses {{nope}}, which is not a name the scaffold knows',
    )
  })
})
