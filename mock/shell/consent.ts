import { http, HttpResponse } from 'msw'
import { defineDomainStore } from '../kit/domain-store'
import { miniAppOf } from '../kit/guard'
import { serverMiniApp } from '../kit/registry'
import { apiError, notFound } from '../kit/responses'
import { recordAudit } from './audit'
import { familyStore } from './family'
import { residentStore } from './resident-store'

interface Grant {
  miniAppId: string
  scope: string
  grantedAt: string
}

export const consentStore = defineDomainStore((): { grants: Grant[] } => ({ grants: [] }))

export const granted = (miniAppId: string, scope: string) => consentStore.data.grants.some((g) => g.miniAppId === miniAppId && g.scope === scope)

/** The value of a scope for the person the token acts for: the resident, or a family member it acts for. */
const attribute = (scope: string, actingFor: string | undefined): string | undefined => {
  const person = actingFor ? familyStore.data.members.find((m) => m.id === actingFor)?.person : residentStore.data.identity
  if (!person) return undefined
  return ({ 'profile.name': person.name, 'profile.idNumber': person.idNumber, 'profile.phone': 'phone' in person ? person.phone : undefined } as Record<string, string | undefined>)[scope]
}

/**
 * Consent is held and checked here. A mini-app reads personal data with its
 * own token: the mini-app is the token's, never a parameter's; the scope must
 * be one its manifest declares (the token's scopes) and one the resident
 * granted it. Only the resident's session grants or revokes, and only scopes
 * the mini-app declares. Every read, refusal, grant and revocation is audited.
 */
export const consentHandlers = [
  http.get('*/api/identity/attributes/:scope', ({ params, request }) => {
    const token = miniAppOf(request)!
    const scope = String(params.scope)
    // Whose data: `resident` the resident's own, `subject` the family member the token acts for; absent, whoever the token acts for.
    const of = new URL(request.url).searchParams.get('of')
    if (of !== null && of !== 'resident' && of !== 'subject') return apiError(400, 'INVALID_SUBJECT', '参数 of 只能是 resident 或 subject')
    if (of === 'subject' && !token.act) return apiError(403, 'NOT_ACTING_FOR_FAMILY', '当前未为家人办理，无法读取家人的信息')
    // A family member's data is read under the family scope the resident granted; their own under the scope itself.
    const consentScope = of === 'subject' ? 'family' : scope
    if (!token.scopes.includes(consentScope)) {
      recordAudit({ miniAppId: token.app, capability: consentScope, outcome: 'denied', reason: 'undeclared' })
      return apiError(403, 'UNDECLARED_SCOPE', '该服务未声明使用此信息')
    }
    if (!granted(token.app, consentScope)) {
      recordAudit({ miniAppId: token.app, capability: consentScope, outcome: 'denied', reason: 'consent-denied' })
      return apiError(403, 'CONSENT_REQUIRED', '您尚未授权该服务使用此信息')
    }
    const value = attribute(scope, of === 'resident' ? undefined : token.act)
    if (value === undefined) return notFound('暂无此信息，请先完成实名认证')
    recordAudit({ miniAppId: token.app, capability: consentScope, outcome: 'allowed' })
    return HttpResponse.json({ scope, value })
  }),
  http.get('*/api/consents', () => HttpResponse.json(consentStore.data.grants)),
  http.put('*/api/consents/:miniAppId/:scope', ({ params }) => {
    const miniAppId = String(params.miniAppId)
    const scope = String(params.scope)
    if (!serverMiniApp(miniAppId)?.scopes.includes(scope)) return apiError(403, 'UNDECLARED_SCOPE', '该服务未声明使用此信息，无法授权')
    const grant = { miniAppId, scope, grantedAt: new Date().toISOString() }
    consentStore.data.grants = [...consentStore.data.grants.filter((g) => !(g.miniAppId === miniAppId && g.scope === scope)), grant]
    recordAudit({ miniAppId, capability: scope, outcome: 'allowed', reason: 'consent-granted' })
    return HttpResponse.json(grant)
  }),
  http.delete('*/api/consents/:miniAppId/:scope', ({ params }) => {
    const before = consentStore.data.grants.length
    consentStore.data.grants = consentStore.data.grants.filter((g) => !(g.miniAppId === params.miniAppId && g.scope === params.scope))
    if (consentStore.data.grants.length < before) {
      recordAudit({ miniAppId: String(params.miniAppId), capability: String(params.scope), outcome: 'denied', reason: 'consent-revoked' })
    }
    return new HttpResponse(null, { status: 204 })
  }),
]
