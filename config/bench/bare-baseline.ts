import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BareFigures } from '../gates/size-gates'
import { TARO_TEMPLATE_BROWSERSLIST } from './bare-app'

/**
 * The bare Taro app's machine-independent sizes, committed so CI's size gates
 * need not build the bare app (about 75 s of 2 shared cores). `npm run bench`
 * rebuilds the bare app and rewrites the file; `npm run bench:baseline` does
 * only that. The file records what its figures depend on, and the gates refuse
 * a baseline whose toolchain no longer matches the checkout's.
 */
export const BASELINE_PATH = join('config', 'bench', 'bare-baseline.json')

export interface Toolchain {
  taro: string
  react: string
  reduxToolkit: string
  webpack: string
  browserslist: string[]
}

export interface BareBaseline extends BareFigures {
  $comment: string
  measuredAt: string
  toolchain: Toolchain
  h5FirstLoadScripts: string[]
}

const installedVersion = (repoRoot: string, name: string): string =>
  (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

/** What the bare app's sizes depend on: the installed toolchain and the browser targets it is built for. */
export const currentToolchain = (repoRoot: string): Toolchain => ({
  taro: installedVersion(repoRoot, '@tarojs/cli'),
  react: installedVersion(repoRoot, 'react'),
  reduxToolkit: installedVersion(repoRoot, '@reduxjs/toolkit'),
  webpack: installedVersion(repoRoot, 'webpack'),
  browserslist: TARO_TEMPLATE_BROWSERSLIST,
})

/** Differences between the baseline's toolchain and the checkout's, one message each. */
export const toolchainDrift = (recorded: Toolchain, current: Toolchain): string[] =>
  (Object.keys(current) as (keyof Toolchain)[])
    .filter((k) => JSON.stringify(recorded[k]) !== JSON.stringify(current[k]))
    .map((k) => `${k}: baseline ${JSON.stringify(recorded[k])}, checkout ${JSON.stringify(current[k])}`)

export const readBareBaseline = (repoRoot: string): BareBaseline => {
  const file = join(repoRoot, BASELINE_PATH)
  if (!existsSync(file)) throw new Error(`${BASELINE_PATH} is missing: run \`npm run bench:baseline\``)
  return JSON.parse(readFileSync(file, 'utf8')) as BareBaseline
}

export const writeBareBaseline = (repoRoot: string, figures: BareFigures & { h5FirstLoadScripts: string[] }, measuredAt: string): void => {
  const baseline: BareBaseline = {
    $comment: 'Written by `npm run bench` / `npm run bench:baseline` (config/bench/bare-baseline.ts); read by the size gates in CI. Do not edit by hand.',
    measuredAt,
    toolchain: currentToolchain(repoRoot),
    ...figures,
  }
  writeFileSync(join(repoRoot, BASELINE_PATH), `${JSON.stringify(baseline, null, 2)}\n`)
}
