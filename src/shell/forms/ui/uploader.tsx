import { Image, Text, View } from '@tarojs/components'
import type { ScenarioMaterial } from '../../../sdk/scenario'
import type { UploadFile, UploadRecord } from '../drafts'
import { checkFile, formatBytes } from '../engine'
import { formsTextOf } from '../renderer/forms-text'
import { FieldFrame, type Framed } from './field-frame'
import type { Locale } from './field-props'
import { pickFiles } from './pick-file'

export interface UploaderProps {
  framed: Framed
  spec: Pick<ScenarioMaterial, 'kind' | 'accept' | 'maxSizeKb' | 'maxFiles'>
  records: UploadRecord[]
  error?: string
  locale: Locale
  /** Files that passed the definition's type and size checks; the others' reasons go to `onRefused`. */
  onAdd(files: UploadFile[]): void
  onRefused(message: string): void
  onRetry(key: string): void
  onRemove(key: string): void
  /** Other items that rely on this one upload, shown so the resident sees it is asked once. */
  note?: string
}

/**
 * Photos or files, for an upload field or one of the shared materials: each
 * with its state (uploading, uploaded, failed with the server's reason).
 */
export function Uploader({ framed, spec, records, error, locale, onAdd, onRefused, onRetry, onRemove, note }: UploaderProps) {
  const text = formsTextOf(locale).upload
  const pick = async () => {
    const files = await pickFiles(spec.kind, Math.max(1, spec.maxFiles - records.length))
    const problems = files.map((f) => checkFile(spec, f))
    const refused = problems.find(Boolean)
    if (refused) onRefused(refused.message[locale])
    const fine = files.filter((_, i) => !problems[i])
    if (fine.length) onAdd(fine)
  }
  return (
    <FieldFrame field={framed} error={error} locale={locale}>
      {note ? <Text className='form-field__hint'>{note}</Text> : null}
      <View className='form-field__files'>
        {records.map((r) => (
          <View key={r.key} className='form-field__file' data-testid={`upload-${r.status}`}>
            {r.file.type.startsWith('image/') ? <Image className='form-field__thumb' src={r.file.path} mode='aspectFill' /> : null}
            <Text>{r.file.name} · {formatBytes(r.file.size)}</Text>
            <Text>{r.status === 'done' ? text.uploaded : r.status === 'failed' ? `${text.failed}：${r.failure?.message[locale] ?? ''}` : text.uploading}</Text>
            {r.status === 'failed' ? <Text className='form-field__link' onClick={() => onRetry(r.key)}>{text.retry}</Text> : null}
            <Text className='form-field__link' onClick={() => onRemove(r.key)}>{text.remove}</Text>
          </View>
        ))}
      </View>
      {records.length < spec.maxFiles ? (
        <Text className='form-field__link' data-testid={`pick-${framed.id}`} onClick={() => void pick()}>{spec.kind === 'photo' ? text.photo : text.file}</Text>
      ) : null}
    </FieldFrame>
  )
}
