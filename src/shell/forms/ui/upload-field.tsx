import type { UploadRecord } from '../drafts'
import type { FieldProps } from './field-props'
import { Uploader, type UploaderProps } from './uploader'

export type UploadFieldProps = Omit<FieldProps<'upload'>, 'onChange' | 'value'> &
  Pick<UploaderProps, 'onAdd' | 'onRefused' | 'onRetry' | 'onRemove'> & { records: UploadRecord[] }

/** A photo or file asked as a question (e.g. 12345's photo); its answer is the files' upload keys, kept by the draft. */
export function UploadField({ field, error, locale, records, ...handlers }: UploadFieldProps) {
  return <Uploader framed={field} spec={field} records={records} error={error} locale={locale} {...handlers} />
}
