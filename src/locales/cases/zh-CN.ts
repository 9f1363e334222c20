import type { components } from '../../generated/api/shell'

type Reason = components['schemas']['RatingReason']

/** 我的办件 and 好差评: the resident's words, zh-CN first. */
export const casesZhCN = {
  title: '我的办件',
  detailTitle: '办件详情',
  all: '全部',
  statusFilter: '按状态',
  miniAppFilter: '按服务',
  empty: '暂无办件',
  emptyFiltered: '没有符合条件的办件',
  reference: (r: string) => `办件编号 ${r}`,
  submittedAt: (d: string) => `提交于 ${d}`,
  timeline: '办理进度',
  parts: '各部门办理情况',
  whole: '整体进度',
  partsDone: (done: number, total: number) => `${total} 个部门中已有 ${done} 个办结`,
  moreInfo: {
    title: '补充材料',
    label: '补充说明',
    placeholder: '如：已补充户籍证明',
    addPhoto: '上传材料照片',
    uploading: '正在上传…',
    uploadFailed: '材料上传失败，请重试',
    files: (n: number) => `已上传 ${n} 份材料`,
    submit: '提交补充材料',
    needSomething: '请填写说明或上传材料',
    sent: '已提交，办件已重新进入审核',
  },
  rating: {
    title: '评价本次服务',
    ask: '您的办件已办结，请对本次服务作出评价（仅需一次）',
    levels: ['非常不满意', '不满意', '基本满意', '满意', '非常满意'],
    level: (n: number) => `${n} 星`,
    reason: '不满意的原因（必选）',
    reasons: {
      slow: '办理时间过长',
      'unclear-guidance': '办事指南不清楚',
      'repeated-materials': '重复提交材料',
      'poor-attitude': '服务态度差',
      'wrong-result': '办理结果有误',
      other: '其他（请在下方说明）',
    } satisfies Record<Reason, string>,
    comment: '评价内容（选填）',
    commentRequired: '请写明原因',
    chooseLevel: '请选择评价等级',
    chooseReason: '请选择不满意的原因',
    submit: '提交评价',
    yours: '您的评价',
    thanks: '感谢您的评价',
  },
  followUp: {
    title: '差评整改',
    open: '已转交办理部门核实整改，答复后会显示在这里',
    answered: (department: string) => `${department}的答复`,
  },
  fee: {
    title: '费用',
    due: (amount: string) => `待缴费用 ${amount}，缴费后方可办理`,
    paid: (amount: string, receipt: string) => `已缴费用 ${amount}，收据号 ${receipt}`,
    pay: '去缴费',
    notStarted: '支付未能发起，请稍后重试',
  },
}

export type CasesText = typeof casesZhCN
