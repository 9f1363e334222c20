/** @jest-environment node */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkMiniAppFiles, editedOutputs, GENERATED_BANNER } from './files'
import { formatProblem } from './types'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'registry-files-'))
  write('mini-apps/sample-app/manifest.ts', 'export const manifest = {}\n')
  write('mini-apps/sample-app/pages/index.tsx', 'export default () => null\n')
  write('mini-apps/sample-app/pages/index.scss', '.page {}\n')
  write('mini-apps/sample-app/openapi.yaml', 'openapi: 3.1.0\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const write = (file: string, content: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true })
  writeFileSync(join(root, file), content)
}
const API_TYPES = 'mini-apps/sample-app/generated/api.ts'
const check = (expected: string[] = []) => checkMiniAppFiles(root, new Set(expected))
const linesOf = (expected: string[] = []) => check(expected).problems.map(formatProblem)

describe('the registry checks every file under mini-apps/', () => {
  it('accepts TypeScript, styles and the contract', () => {
    expect(check()).toEqual({ problems: [], stale: [] })
  })

  it.each(['pages/detail.js', 'pages/detail.jsx', 'helpers.mjs', 'legacy/config.cjs'])(
    'refuses JavaScript (%s), naming the file',
    (file) => {
      write(`mini-apps/sample-app/${file}`, 'export {}\n')
      expect(linesOf()).toEqual([
        expect.stringMatching(
          new RegExp(`^mini-apps/sample-app/${file}: \\(file\\): is JavaScript \\(\\.\\w+\\); mini-apps are written in TypeScript`),
        ),
      ])
    },
  )

  it('refuses a file type a mini-app may not ship, and a file without an extension', () => {
    write('mini-apps/sample-app/pages/filter.wxs', 'module.exports = {}\n')
    write('mini-apps/sample-app/run', '#!/bin/sh\n')
    expect(linesOf()).toEqual([
      expect.stringMatching(
        /^mini-apps\/sample-app\/pages\/filter\.wxs: \(file\): has the extension \.wxs, which a mini-app may not ship; allowed: \.ts, \.tsx, \.scss/,
      ),
      expect.stringMatching(/^mini-apps\/sample-app\/run: \(file\): has no extension/),
    ])
  })

  it('lets editor and git leftovers be', () => {
    write('mini-apps/sample-app/.DS_Store', '')
    write('mini-apps/sample-app/pages/.gitkeep', '')
    expect(check().problems).toEqual([])
  })

  it('refuses a symbolic link to a file, and to a folder without following it', () => {
    write('outside/secret.js', 'export {}\n')
    symlinkSync(join(root, 'mini-apps/sample-app/pages/index.tsx'), join(root, 'mini-apps/sample-app/pages/alias.tsx'))
    symlinkSync(join(root, 'outside'), join(root, 'mini-apps/sample-app/vendor'))
    expect(linesOf()).toEqual([
      'mini-apps/sample-app/pages/alias.tsx: (file): is a symbolic link; links are refused under mini-apps/ because they would bring in files from outside the mini-app unchecked',
      expect.stringMatching(/^mini-apps\/sample-app\/vendor: \(file\): is a symbolic link/),
    ])
  })
})

describe("the registry owns each mini-app's generated/ folder", () => {
  it('accepts the files it writes there', () => {
    write(API_TYPES, `${GENERATED_BANNER} from an openapi.yaml contract\n`)
    expect(check([API_TYPES])).toEqual({ problems: [], stale: [] })
  })

  it('refuses a file it does not write, whatever its type', () => {
    write(API_TYPES, `${GENERATED_BANNER}\n`)
    write('mini-apps/sample-app/generated/mini-app.ts', "import Taro from '@tarojs/taro'\nexport const miniApp = Taro\n")
    write('mini-apps/sample-app/generated/nested/evil.js', 'export {}\n')
    expect(linesOf([API_TYPES])).toEqual([
      'mini-apps/sample-app/generated/mini-app.ts: (file): was not written by the registry; only the registry writes under generated/ (delete the file)',
      'mini-apps/sample-app/generated/nested/evil.js: (file): was not written by the registry; only the registry writes under generated/ (delete the file)',
    ])
  })

  it('tells its own earlier output (with its banner) from a stranger', () => {
    write(API_TYPES, `${GENERATED_BANNER} from an openapi.yaml contract\n`)
    expect(check([])).toEqual({ problems: [], stale: [API_TYPES] })
  })

  it('refuses a generated file committed to git, even one it writes', () => {
    write(API_TYPES, `${GENERATED_BANNER}\n`)
    execFileSync('git', ['init', '-q'], { cwd: root })
    execFileSync('git', ['add', '-f', API_TYPES], { cwd: root })
    expect(linesOf([API_TYPES])).toEqual([
      `${API_TYPES}: (file): is committed to git, but generated files never are: run git rm --cached ${API_TYPES}`,
    ])
  })

  it('when checking, refuses an output that is not what the registry would write, and accepts a missing one', () => {
    const binding = 'mini-apps/sample-app/generated/mini-app.ts'
    const outputs = new Map([
      [binding, `${GENERATED_BANNER}\nexport const miniApp = bind({"id":"sample-app"})\n`],
      [API_TYPES, `${GENERATED_BANNER}\n`],
    ])
    expect(editedOutputs(root, outputs)).toEqual([])
    write(binding, `${GENERATED_BANNER}\nexport const miniApp = bind({"id":"other-app"})\n`)
    expect(editedOutputs(root, outputs).map(formatProblem)).toEqual([
      `${binding}: (file): differs from what the registry writes (edited by hand?): run npm run registry`,
    ])
  })
})
