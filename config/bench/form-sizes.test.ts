/** @jest-environment node */
import { join } from 'node:path'
import { bundleSize, SCHEMA_BUDGET } from './form-sizes'

const repo = join(__dirname, '..', '..')

describe('the size of the form modules', () => {
  it('keeps the scenario schema small enough to ship in a weapp subpackage', () => {
    const schema = bundleSize(repo, 'schema')
    expect(schema.minifiedBytes).toBeLessThanOrEqual(SCHEMA_BUDGET.minifiedBytes)
    expect(schema.gzipBytes).toBeLessThanOrEqual(SCHEMA_BUDGET.gzipBytes)
  })

  it('bundles the engine and the drafts on their own (no React, no store)', () => {
    for (const module of ['engine', 'drafts'] as const) {
      const size = bundleSize(repo, module)
      expect(size.minifiedBytes).toBeGreaterThan(0)
      expect(size.minifiedBytes).toBeLessThan(120 * 1024)
    }
  })
})
