import Taro from '@tarojs/taro'
import type { UploadFile } from '../drafts'

const TYPE_BY_EXTENSION: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' }

/** weapp and RN give a path; H5 a blob URL and the File, whose type is the better witness. */
const typeOf = (path: string, declared?: string): string =>
  declared && declared.includes('/') ? declared : TYPE_BY_EXTENSION[path.split('?')[0].split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'

type Picked = { path: string; size: number; name?: string; type?: string; originalFileObj?: { type?: string; name?: string } }

/** A temporary file kept where it survives a killed app (weapp), so a pending upload can be sent after a restart. */
const keep = async (path: string): Promise<string> => {
  if (process.env.TARO_ENV !== 'weapp') return path
  const saved = (await Taro.saveFile({ tempFilePath: path })) as { savedFilePath?: string }
  return saved.savedFilePath ?? path
}

/**
 * Lets the resident pick photos (camera or album) or files; cancelling gives
 * none. Each comes back with the name, size and type the engine checks.
 */
export const pickFiles = async (kind: 'photo' | 'file', count: number): Promise<UploadFile[]> => {
  let picked: Picked[]
  try {
    picked = kind === 'file' && process.env.TARO_ENV === 'weapp'
      ? (await Taro.chooseMessageFile({ count, type: 'file' })).tempFiles
      : ((await Taro.chooseImage({ count, sourceType: ['camera', 'album'] })).tempFiles as Picked[])
  } catch {
    // The resident closed the picker: nothing to add.
    return []
  }
  return Promise.all(picked.map(async (file, i) => {
    const type = typeOf(file.path, file.type ?? file.originalFileObj?.type)
    const name = file.name ?? file.originalFileObj?.name ?? `${kind}-${Date.now().toString(36)}-${i + 1}.${type === 'application/pdf' ? 'pdf' : type === 'image/png' ? 'png' : 'jpg'}`
    return { name, size: file.size, type, path: await keep(file.path) }
  }))
}
