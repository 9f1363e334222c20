/**
 * The data Taro sends to the view through `setData`: one tree under `root`,
 * each node `{ nn, sid, cn: [children], cl, st, … }` and text nodes with `v`.
 * WeChat copies it across threads as JSON, so this file keeps it that way.
 */
export interface TaroNode {
  nn?: string
  sid?: string
  uid?: string
  v?: string
  cl?: string
  cn?: TaroNode[]
  [prop: string]: unknown
}

/** WeChat's limit for one setData payload (1,024 KB); bigger ones fail on a phone. */
export const SET_DATA_LIMIT_BYTES = 1024 * 1024

/** Splits `root.cn[0].cn[2].v` into `['root', 'cn', 0, 'cn', 2, 'v']`. */
export const parsePath = (path: string): (string | number)[] =>
  path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p))

/** Applies one setData patch the way the view does: each key is a path into the data. */
export const applySetData = (data: Record<string, unknown>, patch: Record<string, unknown>): void => {
  for (const [path, value] of Object.entries(patch)) {
    const keys = parsePath(path)
    let target: Record<string | number, unknown> = data
    keys.slice(0, -1).forEach((key, i) => {
      if (target[key] === undefined || target[key] === null) target[key] = typeof keys[i + 1] === 'number' ? [] : {}
      target = target[key] as Record<string | number, unknown>
    })
    target[keys[keys.length - 1]] = value === undefined ? undefined : JSON.parse(JSON.stringify(value))
  }
}

/** Every text the page shows, in document order. */
export const textsOf = (node: TaroNode | undefined): string[] => {
  if (!node) return []
  const own = typeof node.v === 'string' && node.v.trim() ? [node.v] : []
  return [...own, ...(node.cn ?? []).flatMap(textsOf)]
}

/** The page's visible text as one string, for matching. */
export const pageText = (data: Record<string, unknown>): string => textsOf(data.root as TaroNode).join(' ')
