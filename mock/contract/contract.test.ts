import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { CATEGORIES, IDENTITY_LEVELS, SCOPES, SUPPORTED_KINDS, TARGETS } from '../../src/sdk/manifest/vocabulary'
import { contracts } from '../generated/contracts'
import { updateMockState } from '../kit/state'
import { TEST_AUTHORIZATION } from '../kit/tokens'
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

const send = async (op: Operation) => {
  const { path, url, headers, body } = exampleRequest(op)
  const response = await fetch(url, {
    method: op.method.toUpperCase(),
    headers: { 'content-type': 'application/json', ...TEST_AUTHORIZATION, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { path, status: response.status, body: text ? JSON.parse(text) : undefined }
}

describe('the mock backend honours the API contract', () => {
  const operations = allOperations()

  it('has contracts for the shell and every mini-app', () => {
    expect(contracts.map((c) => c.owner).sort()).toEqual(['health', 'shell', 'social-security', 'transport'])
    expect(operations.length).toBeGreaterThanOrEqual(15)
  })

  it.each(PERSONA_IDS)('answers every operation within the contract for the %s persona', async (persona) => {
    updateMockState({ persona })
    const problems: string[] = []
    for (const op of operations) {
      const { path, status, body } = await send(op)
      problems.push(...contractProblems(op.method.toUpperCase(), path, status, body))
    }
    expect(problems).toEqual([])
  })

  it('catches a handler that returns a field the contract does not have', async () => {
    server.use(http.get('*/api/transport/violations', () => HttpResponse.json([{ ...validViolation, secretNote: 'leaked' }])))
    const response = await fetch('http://localhost/api/transport/violations')
    expect(contractProblems('GET', '/transport/violations', response.status, await response.json())).toEqual([
      'GET /transport/violations 200: body/0 must NOT have additional properties (secretNote)',
    ])
  })

  it('catches a status the contract does not declare, and a path it does not know', () => {
    expect(contractProblems('GET', '/transport/violations', 418, {})).toEqual(['GET /transport/violations does not declare a 418 response'])
    expect(contractProblems('GET', '/transport/tickets', 200, [])).toEqual(['GET /transport/tickets is not in any contract'])
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

const validViolation = {
  id: 'v-1', plate: '辽A·00001', occurredAt: '2026-01-01 08:00', location: '沈阳', description: '违停', points: 0, fineFen: 5000, status: 'unpaid',
}
