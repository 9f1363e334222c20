import { parseScenario } from '../../src/sdk/scenario'
import { scenarios } from '../generated/scenarios'
import { contractProblems } from '../contract/validator'
import { TEST_AUTHORIZATION } from '../kit/tokens'

const file = { name: '出生医学证明.jpg', type: 'image/jpeg', size: 3, content: 'AQID' }

const upload = async (body: unknown, key: string | null = 'key-0001-abcdefgh', signedIn = true) => {
  const response = await fetch('http://localhost/api/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...(signedIn ? TEST_AUTHORIZATION : {}) },
    body: JSON.stringify(body),
  })
  const json = await response.json()
  expect(contractProblems('POST', '/uploads', response.status, json)).toEqual([])
  return { status: response.status, body: json }
}

describe('POST /api/uploads in the mock backend', () => {
  it('answers the same key and file with the same file id, storing it once', async () => {
    const first = await upload(file)
    const again = await upload(file)
    expect(first).toMatchObject({ status: 201, body: { fileId: expect.any(String), name: '出生医学证明.jpg' } })
    expect(again).toEqual({ status: 200, body: first.body })
  })

  it('refuses a key reused for another file', async () => {
    await upload(file)
    expect(await upload({ ...file, name: '结婚证.jpg' })).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } })
  })

  it.each([
    ['no key', file, null, 400, 'IDEMPOTENCY_KEY_REQUIRED'],
    ['a type the departments do not take', { ...file, type: 'image/gif' }, undefined, 415, 'UNSUPPORTED_TYPE'],
    ['a file over 10 MB', { name: 'a.pdf', type: 'application/pdf', size: 11 * 1024 * 1024, reference: 'oss://a' }, undefined, 413, 'FILE_TOO_LARGE'],
    ['content that does not match the size', { ...file, size: 4 }, undefined, 400, 'SIZE_MISMATCH'],
    ['neither content nor a reference', { name: 'a.jpg', type: 'image/jpeg', size: 3 }, undefined, 400, 'INVALID_UPLOAD'],
  ])('refuses %s', async (_, body, key, status, code) => {
    expect(await upload(body, key)).toMatchObject({ status, body: { code } })
  })

  it('takes files only from a signed-in resident', async () => {
    expect((await upload(file, undefined, false)).status).toBe(401)
  })
})

describe('GET /api/scenarios/:id in the mock backend', () => {
  it('serves every form scenario of the registry, publicly, as a definition the device schema accepts', async () => {
    expect(Object.keys(scenarios).length).toBeGreaterThan(0)
    for (const id of Object.keys(scenarios)) {
      const response = await fetch(`http://localhost/api/scenarios/${id}`)
      expect(response.status).toBe(200)
      const result = parseScenario(await response.json())
      expect(result.ok && result.scenario.id).toBe(id)
    }
  })

  it('says so when a scenario does not exist', async () => {
    const response = await fetch('http://localhost/api/scenarios/no-such-scenario')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ code: 'SCENARIO_NOT_FOUND' })
  })
})
