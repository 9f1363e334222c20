import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { contracts } from '../generated/contracts'

/* eslint-disable @typescript-eslint/no-explicit-any -- OpenAPI documents are walked as untyped JSON */
type Json = any

export interface Operation {
  owner: string
  template: string
  method: string
  operation: Json
  document: Json
}

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
contracts.forEach(({ owner, document }) => ajv.addSchema(document, owner))

const templateRegex = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)

/** Every operation of every contract, for tests that walk them all. */
export const allOperations = (): Operation[] =>
  contracts.flatMap(({ owner, document }) =>
    Object.entries((document as Json).paths ?? {}).flatMap(([template, item]) =>
      Object.entries(item as Json)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ owner, template, method, operation, document })),
    ),
  )

/** The operation a concrete request hits, e.g. POST /transport/violations/v-1/orders. */
export const findOperation = (method: string, apiPath: string): Operation | undefined =>
  allOperations().find((op) => op.method === method.toLowerCase() && templateRegex(op.template).test(apiPath))

const resolve = (document: Json, node: Json): Json =>
  typeof node?.$ref === 'string' && node.$ref.startsWith('#/')
    ? resolve(document, node.$ref.slice(2).split('/').reduce((n: Json, key: string) => n?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document))
    : node

/** Local refs point into the owner's document, which ajv knows by the owner's name. */
const anchorRefs = (node: Json, owner: string): Json =>
  Array.isArray(node)
    ? node.map((n) => anchorRefs(n, owner))
    : node && typeof node === 'object'
      ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${owner}${v}` : anchorRefs(v, owner)]))
      : node

const compiled = new Map<string, ValidateFunction>()

const validatorFor = (key: string, op: Operation, schema: Json): ValidateFunction => {
  let validate = compiled.get(key)
  if (!validate) {
    validate = ajv.compile(anchorRefs(schema, op.owner))
    compiled.set(key, validate)
  }
  return validate
}

const describeErrors = (prefix: string, validate: ValidateFunction): string[] =>
  (validate.errors ?? []).map((e) => `${prefix}${e.instancePath} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)

/** Problems with a response, or an empty list when the contract allows it exactly. */
export const contractProblems = (method: string, apiPath: string, status: number, body: unknown): string[] => {
  const op = findOperation(method, apiPath)
  if (!op) return [`${method} ${apiPath} is not in any contract`]
  const response = resolve(op.document, op.operation.responses?.[String(status)] ?? op.operation.responses?.default)
  if (!response) return [`${method} ${op.template} does not declare a ${status} response`]
  const schema = response.content?.['application/json']?.schema
  if (!schema) return body === undefined || body === '' ? [] : [`${method} ${op.template} ${status} declares no body`]
  const validate = validatorFor(`${op.owner} ${op.method} ${op.template} ${status}`, op, schema)
  return validate(body) ? [] : describeErrors(`${method} ${op.template} ${status}: body`, validate)
}

/** Problems with a request body the client would send, or an empty list when the contract allows it. */
export const requestProblems = (method: string, apiPath: string, body: unknown): string[] => {
  const op = findOperation(method, apiPath)
  if (!op) return [`${method} ${apiPath} is not in any contract`]
  const schema = resolve(op.document, op.operation.requestBody)?.content?.['application/json']?.schema
  if (!schema) return [`${method} ${op.template} takes no JSON body`]
  const validate = validatorFor(`${op.owner} ${op.method} ${op.template} request`, op, schema)
  return validate(body) ? [] : describeErrors(`${method} ${op.template} request: body`, validate)
}
