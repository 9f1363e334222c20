/**
 * Residents' text of the form renderer (一件事一次办), simplified Chinese
 * first. Kept out of the shell's main locale files so it ships in the `forms`
 * subpackage only; each definition brings its own labels.
 */
export const formsZhCN = {
  loading: '正在加载…',
  badDefinition: '该事项的办理表单暂时无法使用，请稍后再试或前往窗口办理。',
  badDefinitionDetail: (n: number) => `表单定义有 ${n} 处错误，已上报`,
  notFound: '未找到该事项，可能已下线。',
  unavailable: '网络不稳定，暂时无法打开该事项，请稍后重试。',
  retry: '重试',
  taskList: '办理事项清单',
  progress: (done: number, total: number) => `已完成 ${done} / ${total} 项`,
  status: {
    'not-yet-started': '未开始',
    'in-progress': '填写中',
    completed: '已完成',
    incomplete: '需补充',
    'cannot-start-yet': '暂不能开始',
  },
  waitingFor: (titles: string) => `请先完成：${titles}`,
  items: '本次一并办理',
  timeLimit: (min: number, max: number, unit: string) => `承诺时限：${min === max ? min : `${min}–${max}`} ${unit}`,
  units: { minutes: '分钟', hours: '小时', days: '天', 'working-days': '个工作日' } as Record<string, string>,
  checkAnswers: '核对并提交',
  continue: '保存并继续',
  backToTasks: '返回事项清单',
  errorSummary: '请修改以下内容',
  optional: '（选填）',
  select: '请选择',
  pickDate: '请选择日期',
  pickRegion: '请选择地区',
  upload: { photo: '拍照或从相册选择', file: '选择文件', uploading: '上传中…', uploaded: '已上传', failed: '上传失败', retry: '重新上传', remove: '删除' },
  materials: '申请材料',
  sharedBy: (items: string) => `用于：${items}`,
  check: { title: '核对您的信息', change: '修改', materials: '材料', submit: '确认提交', declaration: '提交即表示您确认以上信息真实、准确。' },
  submitting: '正在提交…',
  submitFailed: '提交未成功，您填写的内容仍已保存，请稍后重试。',
  prefillAsk: '使用已实名的信息自动填写',
  prefillDone: '已自动填写，请核对',
  prefillDenied: '您未授权，请手动填写',
  done: {
    title: '提交成功',
    reference: '办件编号',
    next: '接下来会怎样',
    parts: '各部门将分别办理：',
    myCases: '在“我的办件”中查看进度',
    home: '返回首页',
  },
  fee: (amount: string) => `需缴纳费用 ${amount}，提交后前往支付`,
  subject: {
    choose: '为谁办理',
    none: '您还没有可代办的家庭成员，请先在“家庭成员”中添加。',
    family: '前往添加家庭成员',
    enterprise: '该事项需以企业经办人身份办理。请先由企业在“企业身份”中授权您为经办人。',
    actingAs: (name: string, uscc: string) => `以企业经办人身份办理：${name}（${uscc}）`,
  },
  draftSaved: '已自动保存',
  drafts: {
    title: '未提交的草稿',
    expires: (days: number) => `${days} 天后过期`,
    expiring: (days: number) => `即将过期：${days} 天后删除，请尽快提交`,
    resume: '继续填写',
    steps: (n: number) => `已保存 ${n} 步`,
  },
}

export type FormsText = typeof formsZhCN
