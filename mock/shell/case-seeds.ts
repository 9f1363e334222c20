import type { components } from '../../src/generated/api/shell'
import { scenarios } from '../generated/scenarios'

type Application = components['schemas']['Application']
type CaseStep = components['schemas']['CaseStep']
type Status = components['schemas']['ApplicationStatus']

const step = (at: string, department: string, message: string, status?: Status): CaseStep => ({ at, department, message, ...(status ? { status } : {}) })

/** A seeded case whose timeline walks the given statuses a few hours apart, from its submission. */
export const seededCase = (
  fields: Omit<Application, 'timeline' | 'reference'> & { reference?: string },
  walk: Status[] = [fields.status],
): Application => {
  const start = Date.parse(fields.submittedAt)
  const message: Record<Status, string> = {
    submitted: '申请已提交', accepted: '已受理', 'in-review': '审核中', 'more-info-needed': fields.note ?? '需补充材料',
    approved: '审核通过', rejected: '审核未通过', completed: '已办结',
  }
  const timeline = walk.map((status, i) =>
    step(new Date(start + i * 3 * 3600_000).toISOString(), i === 0 ? '申请人' : fields.department, message[status], status))
  return { reference: `LN${fields.id.replace(/\D/g, '')}`, ...fields, timeline }
}

/** How far each department of the seeded newborn case has got: one done, one in review, one accepted, one just in. */
const PART_WALKS: Status[][] = [
  ['submitted', 'accepted', 'in-review', 'approved', 'completed'],
  ['submitted', 'accepted', 'in-review'],
  ['submitted', 'accepted'],
  ['submitted'],
]

/**
 * The parent's one-stop case, one part per item of the registry's newborn
 * scenario (its departments, not copies of them); none when the scenario is
 * not in this bundle.
 */
export const newbornCase = (): Application[] => {
  const scenario = scenarios['newborn-one-stop']
  if (!scenario) return []
  const submittedAt = '2026-11-18T16:45:00+08:00'
  const base = seededCase({ id: 'a-2026-1118', scenarioId: scenario.id, title: scenario.title['zh-CN'], department: '沈阳市和平区政务服务中心',
    submittedAt, status: 'in-review' }, ['submitted', 'accepted', 'in-review'])
  const parts = scenario.items.map((item, i) => {
    const walk = PART_WALKS[i % PART_WALKS.length]
    const part = seededCase({ id: `${base.id}-${item.id}`, scenarioId: scenario.id, title: item.name['zh-CN'], department: item.department['zh-CN'],
      submittedAt, status: walk[walk.length - 1] }, walk)
    return { itemId: item.id, item: item.name['zh-CN'], department: item.department['zh-CN'], status: part.status, timeline: part.timeline }
  })
  return [{ ...base, parts }]
}
