import type { ScenarioField, ScenarioMaterial } from '../../../sdk/scenario'
import { both } from './messages'
import type { Localized } from './types'

/** What the resident picked, before it is recorded or sent. */
export interface PickedFile {
  name: string
  /** Bytes. */
  size: number
  /** MIME type, e.g. image/jpeg. */
  type: string
}

type UploadSpec = Pick<ScenarioMaterial, 'accept' | 'maxSizeKb'> | Pick<ScenarioField & { type: 'upload' }, 'accept' | 'maxSizeKb'>

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`

/** image/jpeg → JPG, application/pdf → PDF. */
export const typeName = (type: string) => type.split('/')[1].toUpperCase().replace('JPEG', 'JPG')

export type FileProblem = { rule: 'fileType' | 'fileSize'; message: Localized }

/**
 * Checks a picked file against what the definition accepts, before anything
 * is recorded or sent, so a wrong file never costs the resident an upload.
 */
export const checkFile = (spec: UploadSpec, file: PickedFile): FileProblem | undefined => {
  if (!(spec.accept as readonly string[]).includes(file.type)) {
    return { rule: 'fileType', message: both((t, l) => t.fileType(spec.accept.map(typeName).join(l === 'en' ? ', ' : '、'))) }
  }
  if (file.size > spec.maxSizeKb * 1024) return { rule: 'fileSize', message: both((t) => t.fileSize(formatBytes(spec.maxSizeKb * 1024))) }
  return undefined
}
