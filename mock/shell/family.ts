import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { checkCharacter, idNumberProblem } from '../../src/shell/identity/id-number'
import { maskName } from '../../src/shell/privacy/mask'
import { defineDomainStore } from '../kit/domain-store'
import { apiError, readJson } from '../kit/responses'
import type { PersonaId } from '../personas'
import { residentStore } from './resident-store'

type FamilyMember = components['schemas']['FamilyMember']
type Relation = components['schemas']['Relation']

/** A verified member as the server keeps them: the registry's name and ID number never leave it unmasked. */
interface StoredMember extends FamilyMember {
  person: { name: string; idNumber: string }
}

const id = (first17: string) => first17 + checkCharacter(first17)

const SEEDS: Partial<Record<PersonaId, StoredMember[]>> = {
  parent: [{ id: 'fm-newborn', displayName: '李*宝', relation: 'child', verifiedAt: '2026-11-12T10:00:00+08:00', person: { name: '李小宝', idNumber: id('21010220261110001') } }],
  retiree: [{ id: 'fm-mother', displayName: '周*英', relation: 'parent', verifiedAt: '2025-04-02T09:00:00+08:00', person: { name: '周桂英', idNumber: id('21010219400303002') } }],
}

export const familyStore = defineDomainStore((persona) => ({ members: structuredClone(SEEDS[persona] ?? []) }))

const shown = ({ person: _person, ...member }: StoredMember): FamilyMember => member

const birthYear = (idNumber: string) => Number(idNumber.slice(6, 10))

/** The registry's answer, as the mock plays it: a child is at least 16 years younger, a parent 16 older. */
const plausible = (relation: Relation, resident: string, member: string): boolean => {
  const gap = birthYear(member) - birthYear(resident)
  return relation === 'child' ? gap >= 16 : relation === 'parent' ? gap <= -16 : birthYear(member) <= new Date().getFullYear() - 18
}

let sequence = 0

export const familyHandlers = [
  http.get('*/api/family', () => HttpResponse.json(familyStore.data.members.map(shown))),
  http.post('*/api/family', async ({ request }) => {
    const body = await readJson<{ name: string; idNumber: string; relation: Relation }>(request)
    const { identity } = residentStore.data
    if (!identity.idNumber) return apiError(403, 'LEVEL_REQUIRED', '请先完成实名认证，再添加家庭成员')
    if (!body.name || !body.idNumber || idNumberProblem(body.idNumber) || !body.relation) return apiError(400, 'INVALID_MEMBER', '请填写家庭成员的姓名、身份证号和关系')
    if (!plausible(body.relation, identity.idNumber, body.idNumber)) return apiError(422, 'RELATION_NOT_VERIFIED', '未能核实您与该成员的关系，请核对信息')
    sequence += 1
    const member: StoredMember = {
      id: `fm-${sequence}`, displayName: maskName(body.name), relation: body.relation, verifiedAt: new Date().toISOString(),
      person: { name: body.name, idNumber: body.idNumber.toUpperCase() },
    }
    familyStore.data.members.push(member)
    return HttpResponse.json(shown(member), { status: 201 })
  }),
  http.delete('*/api/family/:memberId', ({ params }) => {
    familyStore.data.members = familyStore.data.members.filter((m) => m.id !== params.memberId)
    return new HttpResponse(null, { status: 204 })
  }),
]
