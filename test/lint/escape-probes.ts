import type { Probe } from './run-probes'

/** A probe the boundary must refuse, by `rule`, with a message matching `message`. */
export type Refused = Probe & { what: string; rule: string; message: RegExp }

/** Ways a careless or malicious department might switch the boundary off; each must still be refused. */
export const escapeProbes = (own: string, page: string, probeOf: (line: string) => string, boundary: RegExp): Refused[] => [
  {
    what: 'a boundary error under /* eslint-disable */',
    code: `/* eslint-disable */\n${probeOf("import x from 'axios'")}`,
    file: page,
    rule: 'no-restricted-imports',
    message: boundary,
  },
  {
    what: 'the /* eslint-disable */ comment itself',
    code: `/* eslint-disable */\n${probeOf("import x from 'react'")}`,
    file: page,
    rule: 'boundary/no-directive-comments',
    message: /cannot be switched off/,
  },
  {
    what: 'a boundary error under eslint-disable-next-line',
    code: `// eslint-disable-next-line no-restricted-imports\n${probeOf("import x from 'axios'")}`,
    file: page,
    rule: 'no-restricted-imports',
    message: boundary,
  },
  {
    what: 'a rule switched off by an /* eslint */ comment',
    code: `/* eslint no-restricted-imports: "off" */\n${probeOf("import x from 'axios'")}`,
    file: page,
    rule: 'no-restricted-imports',
    message: boundary,
  },
  {
    what: 'a .js file',
    code: probeOf("import { useState as x } from 'react'"),
    file: `mini-apps/${own}/pages/probe.js`,
    rule: 'boundary/file-kind',
    message: /is JavaScript \(\.js\)/,
  },
  {
    what: 'a boundary error in a .js file',
    code: probeOf("import x from 'axios'"),
    file: `mini-apps/${own}/pages/probe.js`,
    rule: 'no-restricted-imports',
    message: boundary,
  },
  {
    what: 'a .cjs file',
    code: 'module.exports = {}\n',
    file: `mini-apps/${own}/probe.cjs`,
    rule: 'boundary/file-kind',
    message: /is JavaScript \(\.cjs\)/,
  },
  {
    what: 'a WeChat script (.wxs)',
    code: 'module.exports = {}\n',
    file: `mini-apps/${own}/pages/probe.wxs`,
    rule: 'boundary/file-kind',
    message: /extension \.wxs/,
  },
  {
    what: 'a symbolic link',
    code: probeOf("import * as x from '../manifest'"),
    file: `mini-apps/${own}/pages/.probe-link-${process.pid}.ts`,
    files: [{ path: `mini-apps/${own}/pages/.probe-link-${process.pid}.ts`, linkTo: '../manifest.ts' }],
    rule: 'boundary/file-kind',
    message: /symbolic link/,
  },
]

/** Globals that reach past the SDK (the platform, the network, storage, code from strings). */
const GLOBALS = [
  'wx',
  'Taro',
  'window',
  'document',
  'fetch',
  'XMLHttpRequest',
  'globalThis',
  'global',
  'eval',
  'Function',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'getCurrentPages',
]
/** One probe per refused global, each expecting a message that says what to use instead. */
export const globalProbes = (page: string): Refused[] => GLOBALS.map((name) => ({
  what: name,
  code: `export const probe = () => ${name}\n`,
  file: page,
  rule: 'no-restricted-globals',
  message: new RegExp(`Unexpected use of '${name}'\\. .+(@sdk|@tarojs/components|global object|from strings)`),
}))
