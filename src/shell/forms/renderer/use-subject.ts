import type { Scenario } from '../../../sdk/scenario'
import { useListFamilyQuery } from '../../identity/family-api'
import { selectActingFor } from '../../identity/session-slice'
import { isValidUscc } from '../../identity/uscc'
import type { Profile } from '../../resident/resident-api'
import { useAppSelector } from '../../store/hooks'
import type { SubmissionSubject } from '../engine'

export type ResolvedSubject =
  | { status: 'loading' }
  | { status: 'ready'; subject: SubmissionSubject; subjectKey?: string }
  /** No family member of the right relation, or no enterprise acted for. */
  | { status: 'missing'; kind: 'family-member' | 'enterprise' }

/**
 * Whom the form is about: the resident; the family member they act for (or
 * their only one of the right relation, e.g. the newborn child); or the
 * enterprise they act for, by its USCC (an enterprise service needs that
 * role in any case). The draft is kept per subject.
 */
export const useSubject = (scenario: Scenario, profile: Profile): ResolvedSubject => {
  const kind = scenario.subject.kind
  const actingFor = useAppSelector(selectActingFor)
  const family = useListFamilyQuery(undefined, { skip: kind !== 'family-member' })
  const uscc = profile.enterprise?.uscc
  const agent = !!uscc && isValidUscc(uscc)
  // An enterprise service needs the enterprise role, whoever the case is about (a company not yet founded is the agent's own).
  if (scenario.audience === 'enterprise' && !agent) return { status: 'missing', kind: 'enterprise' }
  if (kind === 'self') return { status: 'ready', subject: { kind: 'self' }, ...(agent && scenario.audience === 'enterprise' ? { subjectKey: uscc } : {}) }
  if (kind === 'enterprise') return agent ? { status: 'ready', subject: { kind, uscc }, subjectKey: uscc } : { status: 'missing', kind }
  if (!family.data) return family.isError ? { status: 'missing', kind } : { status: 'loading' }
  const relations = scenario.subject.kind === 'family-member' ? (scenario.subject.relations as readonly string[]) : []
  const eligible = family.data.filter((m) => relations.includes(m.relation))
  const member = eligible.find((m) => m.id === actingFor?.id) ?? eligible[0]
  return member ? { status: 'ready', subject: { kind, memberId: member.id }, subjectKey: member.id } : { status: 'missing', kind }
}
