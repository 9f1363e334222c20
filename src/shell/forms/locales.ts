/**
 * Residents' text of declarative forms, simplified Chinese first. Kept apart
 * from the shell's locale files so it ships with the form renderer's
 * subpackage, not in the main package. Labels come from the definition.
 */
/** "Name" → "name" inside a sentence, but "ID card" stays as it is. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)

const zhCN = {
  required: { enter: (label: string) => `请填写${label}`, choose: (label: string) => `请选择${label}`, upload: (label: string) => `请上传${label}` },
  minLength: (label: string, n: number) => `${label}至少需要 ${n} 个字`,
  maxLength: (label: string, n: number) => `${label}不能超过 ${n} 个字`,
  number: (label: string) => `${label}请填写数字`,
  integer: (label: string) => `${label}请填写整数`,
  min: (label: string, n: string) => `${label}不能小于 ${n}`,
  max: (label: string, n: string) => `${label}不能大于 ${n}`,
  date: (label: string) => `${label}请填写正确的日期，如 2026-01-31`,
  earliest: (label: string, date: string) => `${label}不能早于 ${date}`,
  earliestToday: (label: string) => `${label}不能早于今天`,
  latest: (label: string, date: string) => `${label}不能晚于 ${date}`,
  latestToday: (label: string) => `${label}不能是将来的日期`,
  option: (label: string) => `请从列表中选择${label}`,
  region: (label: string) => `${label}请选择辽宁省内的地区`,
  regionWithin: (label: string) => `${label}不在本事项的办理地区内`,
  phone: () => '请填写正确的 11 位手机号',
  maxFiles: (label: string, n: number) => `${label}最多上传 ${n} 个文件`,
  uploading: (label: string) => `${label}正在上传，请稍候`,
  fileType: (types: string) => `仅支持 ${types} 格式的文件`,
  fileSize: (size: string) => `文件不能超过 ${size}`,
  notProvided: '未填写',
  notUploaded: '未上传',
  notNeeded: '无需提供',
  files: (names: string[]) => names.join('、'),
  draftTooLarge: '填写内容过多，本次修改未能保存，之前保存的内容仍在。请删除部分照片或文件后重试。',
  storageFull: '手机存储空间不足，本次修改未能保存，之前保存的内容仍在。请清理其他服务的缓存后重试。',
  storageFailed: '本次修改未能保存，之前保存的内容仍在，请重试。',
  uploadFailed: '网络不稳定，文件未上传成功，请重试',
}

type FormText = typeof zhCN

const en: FormText = {
  required: { enter: (label) => `Enter ${lowerFirst(label)}`, choose: (label) => `Select ${lowerFirst(label)}`, upload: (label) => `Upload ${lowerFirst(label)}` },
  minLength: (label, n) => `${label} must be at least ${n} characters`,
  maxLength: (label, n) => `${label} must be ${n} characters or fewer`,
  number: (label) => `${label} must be a number`,
  integer: (label) => `${label} must be a whole number`,
  min: (label, n) => `${label} must be ${n} or more`,
  max: (label, n) => `${label} must be ${n} or less`,
  date: (label) => `${label} must be a real date, such as 2026-01-31`,
  earliest: (label, date) => `${label} must be on or after ${date}`,
  earliestToday: (label) => `${label} must be today or in the future`,
  latest: (label, date) => `${label} must be on or before ${date}`,
  latestToday: (label) => `${label} must be today or in the past`,
  option: (label) => `Select ${lowerFirst(label)} from the list`,
  region: (label) => `${label} must be a place in Liaoning`,
  regionWithin: (label) => `${label} is outside the area this service covers`,
  phone: () => 'Enter an 11-digit mobile number, like 13812345678',
  maxFiles: (label, n) => `${label}: upload ${n} files or fewer`,
  uploading: (label) => `${label} is still uploading; please wait`,
  fileType: (types) => `The file must be ${types}`,
  fileSize: (size) => `The file must be smaller than ${size}`,
  notProvided: 'Not provided',
  notUploaded: 'Not uploaded',
  notNeeded: 'Not needed',
  files: (names) => names.join(', '),
  draftTooLarge: 'Your answers are too large to save, so this change was not saved. What you saved before is still there. Remove some photos or files and try again.',
  storageFull: 'Your phone has no room to save this change. What you saved before is still there. Free some space and try again.',
  storageFailed: 'This change could not be saved. What you saved before is still there. Please try again.',
  uploadFailed: 'The file did not upload because the connection dropped. Please try again.',
}

export const formText = { 'zh-CN': zhCN, en }
export type { FormText }
