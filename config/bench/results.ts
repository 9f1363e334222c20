import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { BenchFigures } from './rows'
import type { Row } from './report'

const versionOf = (name: string): string => {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/** What the baseline is, written into every result so a number never travels without its meaning. */
export const bareApp = {
  description: 'Taro + React + Redux Toolkit: configureStore, Provider, one slice, one page; generated in a scratch dir, built with this repository\'s node_modules and size-relevant Taro settings',
  versions: Object.fromEntries(['@tarojs/cli', 'react', '@reduxjs/toolkit', 'react-redux', 'webpack', 'lighthouse'].map((n) => [n, versionOf(n)])),
}

export interface BenchResults {
  measuredAt: string
  machine: { cpus: number; cpuModel: string; node: string; platform: string }
  durationSeconds: number
  bareApp: typeof bareApp
  figures: BenchFigures
  rows: Row[]
}

/** .bench/ is ignored by git: results belong to a machine and a moment, not to the source. */
export const writeResults = (repoRoot: string, results: BenchResults): string => {
  const dir = join(repoRoot, '.bench')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `bench-${results.measuredAt.replace(/[:.]/g, '-')}.json`)
  const json = `${JSON.stringify(results, null, 2)}\n`
  writeFileSync(file, json)
  writeFileSync(join(dir, 'latest.json'), json)
  return relative(repoRoot, file)
}
