import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { CATEGORIES, IDENTITY_LEVELS, SCOPES, SUPPORTED_KINDS, TARGETS } from '../../src/sdk/manifest/vocabulary'
import { contracts } from '../generated/contracts'
import { updateMockState } from '../kit/state'
import { catalogue } from '../generated/catalogue'
import { registerMiniAppForTest, serverMiniApp } from '../kit/registry'
import { resetSessions } from '../kit/sessions'
import { miniAppAuthorization, TEST_AUTHORIZATION } from '../kit/tokens'
import { PERSONA_IDS } from '../personas'
import { allOperations, contractProblems, requestProblems, type Operation } from './validator'

/* eslint-disable @typescript-eslint/no-explicit-any -- contract documents are untyped JSON */

/** A concrete request for an operation, from the examples its contract gives. */
const exampleRequest = ({ template, operation }: Operation) => {
  const params: any[] = operation.parameters ?? []
  const path = template.replace(/\{([^}]+)\}/g, (_: string, name: string) => encodeURIComponent(params.find((p) => p.name === name)?.example))
  const query = new URLSearchParams(params.filter((p) => p.in === 'query' && p.example !== undefined).map((p) => [p.name, String(p.example)]))
  const headers = Object.fromEntries(params.filter((p) => p.in === 'header').map((p) => [p.name, String(p.example)]))
  const body = operation.requestBody?.content?.['application/json']?.example
  return { path, url: `http://localhost/api${path}${query.size ? `?${query}` : ''}`, headers, body }
}

/** A probe mini-app that declares every scope, for the shell endpoints a mini-app may call. */
const PROBE = { id: 'contract-probe', scopes: [...SCOPES] }
const MINI_APP_CALLABLE = /^\/(identity\/attributes|identity\/certificates|payments\/[^/]+\/prepay|audit\/events)/

/** The token a real caller of this path would hold: its mini-app's, a mini-app's, or the resident's session. */
const authorizationFor = (path: string) => {
  const owner = serverMiniApp(path.split('/')[1])
  if (owner) return miniAppAuthorization(owner.id, { scopes: owner.scopes })
  if (MINI_APP_CALLABLE.test(path)) return miniAppAuthorization(PROBE.id, { scopes: PROBE.scopes })
  return TEST_AUTHORIZATION
}

const send = async (op: Operation) => {
  const { path, url, headers, body } = exampleRequest(op)
  const response = await fetch(url, {
    method: op.method.toUpperCase(),
    headers: { 'content-type': 'application/json', ...authorizationFor(path), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { path, status: response.status, body: text ? JSON.parse(text) : undefined }
}

describe('the mock backend honours the API contract', () => {
  const operations = allOperations()
  beforeEach(() => registerMiniAppForTest(PROBE))

  it('has a contract for the shell and one for every native mini-app in the registry', () => {
    // A form scenario has no API of its own: the shell's /scenarios and /uploads serve it.
    const natives = catalogue.filter((e) => e.kind === 'native').map((e) => e.id)
    expect(contracts.map((c) => c.owner).sort()).toEqual(['shell', ...natives].sort())
    expect(operations.length).toBeGreaterThanOrEqual(15)
  })

  it.each(PERSONA_IDS)('answers every operation within the contract for the %s persona', async (persona) => {
    updateMockState({ persona })
    const problems: string[] = []
    for (const op of operations) {
      // Signing out really revokes the session; each operation starts from a live one.
      resetSessions()
      const { path, status, body } = await send(op)
      problems.push(...contractProblems(op.method.toUpperCase(), path, status, body))
    }
    expect(problems).toEqual([])
  })

  it('catches a handler that returns a field the contract does not have', async () => {
    server.use(http.get('*/api/family', () => HttpResponse.json([{ ...validMember, idNumber: '210102202611100017' }])))
    const response = await fetch('http://localhost/api/family', { headers: TEST_AUTHORIZATION })
    expect(contractProblems('GET', '/family', response.status, await response.json())).toEqual([
      'GET /family 200: body/0 must NOT have additional properties (idNumber)',
    ])
  })

  it('catches a status the contract does not declare, and a path it does not know', () => {
    expect(contractProblems('GET', '/family', 418, {})).toEqual(['GET /family does not declare a 418 response'])
    expect(contractProblems('GET', '/family/tickets', 200, [])).toEqual(['GET /family/tickets is not in any contract'])
  })

  it('catches a request body the contract does not allow', () => {
    expect(requestProblems('POST', '/applications', { scenarioId: 'x', title: 't', fields: {}, parts: [{ itemId: 'a', item: 'A', fields: {}, materials: [] }] })).toEqual([
      "POST /applications request: body/parts/0 must have required property 'department'",
    ])
    expect(requestProblems('GET', '/catalogue', {})).toEqual(['GET /catalogue takes no JSON body'])
  })

  it("keeps the catalogue's enums in step with the manifest vocabulary", () => {
    const schemas = (contracts.find((c) => c.owner === 'shell')?.document as any).components.schemas
    expect(schemas.CatalogueEntry.properties.category.enum).toEqual([...CATEGORIES])
    expect(schemas.CatalogueEntry.properties.permissions.items.properties.scope.enum).toEqual([...SCOPES])
    expect(schemas.Target.enum).toEqual([...TARGETS])
    expect(schemas.IdentityLevel.enum).toEqual([...IDENTITY_LEVELS])
    expect(schemas.CatalogueEntry.properties.kind.enum).toEqual([...SUPPORTED_KINDS])
  })
})

const validMember = { id: 'fm-1', displayName: '李*宝', relation: 'child', verifiedAt: '2026-11-12T10:00:00+08:00' }
