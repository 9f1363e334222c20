import type { components } from '../../src/generated/api/shell'
import { usccProblem } from '../../src/shell/identity/uscc'
import { usccProblemText } from '../../src/shell/identity/uscc-text'
import { scenarios } from '../generated/scenarios'
import { apiError } from '../kit/responses'
import type { Identity } from './seeds'

type NewApplication = components['schemas']['NewApplication']

/**
 * What the server checks of a one-stop submission whatever the client did:
 * an enterprise scenario comes from a registered agent of an enterprise (and
 * of the one it names), and every USCC answer passes GB 32100. Returns the
 * refusal, or undefined.
 */
export const refuseOneStop = (body: NewApplication, identity: Identity): Response | undefined => {
  const scenario = scenarios[body.scenarioId]
  if (!scenario) return undefined
  const enterprise = identity.enterprise
  if (scenario.audience === 'enterprise' && !enterprise) {
    return apiError(403, 'ENTERPRISE_ROLE_REQUIRED', '该事项需以企业经办人身份办理，请先绑定您代办的企业')
  }
  if (body.subject?.kind === 'enterprise' && body.subject.uscc !== enterprise?.uscc) {
    return apiError(403, 'ENTERPRISE_ROLE_REQUIRED', '您不是该企业的经办人，不能代其办理')
  }
  for (const field of scenario.steps.flatMap((s) => s.fields)) {
    const value = body.fields[field.id]
    if (field.type !== 'uscc' || value === undefined) continue
    const problem = usccProblem(value)
    if (problem) return apiError(422, 'INVALID_USCC', `${field.label['zh-CN']}：${usccProblemText['zh-CN'][problem]}`)
  }
  return undefined
}
