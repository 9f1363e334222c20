/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validFormManifest, validManifest } from '../registry/fixtures'
import { manifestSchema } from '../../src/sdk/manifest/schema'
import { previewPlan } from './preview-plan'
import { scaffold } from './scaffold'

const repo = join(__dirname, '..', '..')
const tsx = join(repo, 'node_modules', '.bin', 'tsx')

describe('miniapp preview', () => {
  it('runs the H5 dev server on the mock backend with the registry of that mini-app only', () => {
    const plan = previewPlan('/repo', manifestSchema.parse(validManifest()), 10123)
    expect(plan).toMatchObject({ command: '/repo/node_modules/.bin/taro', args: ['build', '--type', 'h5', '--watch'] })
    expect(plan.env).toEqual({ TARO_APP_MOCK: 'on', PORT: '10123', REGISTRY_ONLY: 'sample-app' })
    expect([plan.url, plan.entryUrl]).toEqual(['http://127.0.0.1:10123/', 'http://127.0.0.1:10123/#/mini-apps/sample-app/pages/index'])
    expect(previewPlan('/repo', manifestSchema.parse(validFormManifest()), 10123).entryUrl).toBe(
      'http://127.0.0.1:10123/#/forms/pages/tasks/index?scenario=sample-one-stop',
    )
  })

  it('REGISTRY_ONLY generates one mini-app; the next plain registry run generates them all again', () => {
    const root = mkdtempSync(join(tmpdir(), 'miniapp-preview-'))
    try {
      mkdirSync(join(root, 'mini-apps'))
      scaffold({ miniAppsDir: join(root, 'mini-apps'), id: 'bus-card' })
      scaffold({ miniAppsDir: join(root, 'mini-apps'), id: 'tram-card' })
      const registry = (only: string) =>
        spawnSync(tsx, [join(repo, 'config/registry/cli.ts'), '--root', root], {
          encoding: 'utf8',
          env: { ...process.env, REGISTRY_ONLY: only },
        })
      const routes = () => readFileSync(join(root, 'src/generated/routes.ts'), 'utf8')
      expect(registry('tram-card').stdout).toContain('generated with tram-card only (REGISTRY_ONLY)')
      expect(routes()).toContain('mini-apps/tram-card')
      expect(routes()).not.toContain('mini-apps/bus-card')
      expect(readFileSync(join(root, 'mock/generated/catalogue.ts'), 'utf8')).not.toContain('"bus-card"')
      expect(registry('').status).toBe(0)
      expect(routes()).toContain('mini-apps/bus-card')
      const unknown = registry('no-such-app')
      expect(unknown.status).toBe(1)
      expect(unknown.stderr).toContain('names "no-such-app", which is not a valid mini-app of this registry')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }, 60_000)
})
