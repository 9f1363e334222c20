import type { Category } from '../sdk/manifest/vocabulary'

/** Residents' text, simplified Chinese first. Every other locale has this shape. */
export const zhCN = {
  app: { name: '政务服务' },
  tabs: { home: '首页', services: '服务', my: '我的' },
  home: {
    greeting: '您好，欢迎使用政务服务',
    greetingName: (name: string) => `${name}，您好`,
    unread: (n: number) => `您有 ${n} 条未读消息`,
    myCases: '我的办件',
    noCases: '暂无办件记录',
    slogan: '一次告知 · 一张表单 · 一套材料 · 一次办结',
    forYou: '常用服务',
    empty: '当前暂无可用服务',
  },
  services: {
    title: '全部服务',
    count: (n: number) => `共 ${n} 项`,
  },
  categories: {
    'social-insurance': '社会保障',
    transport: '交通出行',
    health: '医疗健康',
    housing: '住房保障',
    education: '教育服务',
    employment: '就业创业',
    'civil-affairs': '民政婚育',
    'public-security': '公安服务',
    tax: '税务服务',
    utilities: '生活缴费',
    enterprise: '企业服务',
  } satisfies Record<Category, string>,
  my: {
    title: '我的',
    guest: '未登录',
    guestHint: '登录后可办理更多个人事项',
    language: '语言',
    about: '关于',
    shellVersion: (v: string) => `框架版本 ${v}`,
    serviceCount: (n: number) => `已接入 ${n} 项服务`,
  },
  applicationStatus: {
    submitted: '已提交',
    reviewing: '审核中',
    'needs-info': '需补充材料',
    approved: '已办结',
    rejected: '未通过',
  },
  miniApp: {
    department: '主办部门',
    unavailable: '该服务暂未在当前平台开放',
  },
  query: {
    loading: '正在加载…',
    retry: '重试',
    empty: '暂无数据',
  },
  errors: {
    refused: '出于安全原因，该请求未被发送',
    network: '网络连接失败，请检查网络后重试',
    timeout: '请求超时，请稍后重试',
    unauthenticated: '登录已失效，请重新登录',
    notFound: '未找到相关信息',
    server: '服务暂时不可用，请稍后重试',
    rejected: '请求未通过，请检查后重试',
  },
}

export type LocaleText = typeof zhCN
