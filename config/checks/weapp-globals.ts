import { parse } from 'acorn'
import { analyze } from 'eslint-scope'
import type { Node as EsNode } from 'estree'

/**
 * Browser-only globals that WeChat's logic layer does not have. A bundle may
 * name one only where the code guards it (`typeof X`, or inside a `try`), as
 * libraries do when they feature-detect.
 */
export const BROWSER_ONLY_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB',
  'XMLHttpRequest', 'fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File', 'FileReader',
  'AbortController', 'AbortSignal', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'WebSocket',
  'EventTarget', 'Event', 'CustomEvent', 'HTMLElement', 'Element', 'Node', 'MutationObserver',
  'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'queueMicrotask', 'structuredClone',
  'atob', 'btoa', 'crypto', 'performance', 'matchMedia', 'getComputedStyle', 'self', 'frames', 'screen',
] as const

export interface GlobalFinding {
  name: string
  line: number
  column: number
  kind: 'browser-global' | 'code-generation'
}

type WithParent = EsNode & { parent?: WithParent; range?: [number, number] }

const isTypeofOf = (node: WithParent | undefined, name: string): boolean =>
  node?.type === 'UnaryExpression' && node.operator === 'typeof' && node.argument.type === 'Identifier' && node.argument.name === name

/** Whether `typeof name` appears anywhere inside `node`. */
const mentionsTypeof = (source: string, node: WithParent, name: string): boolean =>
  new RegExp(`typeof\\s*\\(?\\s*${name}\\b`).test(source.slice(node.range![0], node.range![1]))

/** A reference is guarded when it is a `typeof` operand, sits in a `try`, or under a test that checks `typeof` of it. */
const guarded = (source: string, identifier: WithParent, name: string): boolean => {
  if (isTypeofOf(identifier.parent, name)) return true
  for (let child = identifier, node = identifier.parent; node; child = node, node = node.parent) {
    if (node.type === 'TryStatement' && child === (node.block as WithParent)) return true
    const test = (node.type === 'IfStatement' || node.type === 'ConditionalExpression' ? node.test : node.type === 'LogicalExpression' ? node.left : undefined) as WithParent | undefined
    if (test && child !== test && mentionsTypeof(source, test, name)) return true
    if (node.type === 'LogicalExpression' && child === (node.right as WithParent) && mentionsTypeof(source, node.left as WithParent, name)) return true
  }
  return false
}

/** Sets `parent` on every node, which the guard test walks up. */
const linkParents = (node: WithParent, parent?: WithParent): void => {
  node.parent = parent
  for (const value of Object.values(node)) {
    if (value === parent) continue
    if (Array.isArray(value)) value.forEach((v) => v && typeof v.type === 'string' && linkParents(v, node))
    else if (value && typeof (value as WithParent).type === 'string' && value !== node) linkParents(value as WithParent, node)
  }
}

const isFunctionCodeGeneration = (node: WithParent): boolean => {
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false
  const callee = node.callee
  if (callee.type === 'Identifier' && callee.name === 'eval') return true
  if (callee.type !== 'Identifier' || callee.name !== 'Function') return false
  // WeChat allows exactly new Function('return this'), which bundlers use to find the global object.
  const [only, ...rest] = node.arguments
  return !(rest.length === 0 && only?.type === 'Literal' && String(only.value).trim() === 'return this')
}

/**
 * Free references to browser-only globals that nothing guards, and every
 * `eval` or `new Function` other than `new Function('return this')`, in one
 * built script. Names the module system provides (`require`, `module`,
 * `exports`) and the ones WeChat shadows are parameters, so they are not free.
 */
export const findForbiddenGlobals = (source: string): GlobalFinding[] => {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true, ranges: true }) as unknown as WithParent
  linkParents(ast)
  const findings: GlobalFinding[] = []
  const browser = new Set<string>(BROWSER_ONLY_GLOBALS)
  const scopes = analyze(ast as never, { ecmaVersion: 2022 as never })
  const global = scopes.globalScope
  // A script's top-level declarations live in the global scope, which never resolves its references statically.
  const declaredAtTop = (name: string) => (global?.set.get(name)?.defs.length ?? 0) > 0
  for (const ref of global?.through ?? []) {
    const id = ref.identifier as unknown as WithParent & { name: string; loc: { start: { line: number; column: number } } }
    if (!browser.has(id.name) || declaredAtTop(id.name) || guarded(source, id, id.name)) continue
    findings.push({ name: id.name, line: id.loc.start.line, column: id.loc.start.column, kind: 'browser-global' })
  }
  const visit = (node: WithParent): void => {
    if (isFunctionCodeGeneration(node)) {
      const { line, column } = (node as unknown as { loc: { start: { line: number; column: number } } }).loc.start
      if (!guarded(source, node, 'Function')) findings.push({ name: 'eval/new Function', line, column, kind: 'code-generation' })
    }
    for (const value of Object.values(node)) {
      if (value === node.parent) continue
      if (Array.isArray(value)) value.forEach((v) => v && typeof v.type === 'string' && visit(v))
      else if (value && typeof (value as WithParent).type === 'string') visit(value as WithParent)
    }
  }
  visit(ast)
  return findings
}
