import type { ScenarioField } from '../../../sdk/scenario'
import type { UploadRecord } from '../drafts'
import {
  AddressField, DateField, IdNumberField, NumberField, PhoneField, RegionField, SelectField, TextField, UploadField, UsccField,
  type Locale, type UploaderProps,
} from '../ui'
import type { AnswerValue } from '../engine'

export interface FieldWidgetProps {
  field: ScenarioField
  value: AnswerValue | undefined
  error?: string
  locale: Locale
  onChange(value: AnswerValue): void
  /** For upload fields: the field's files and what to do with them. */
  uploads: { records: UploadRecord[] } & Pick<UploaderProps, 'onAdd' | 'onRefused' | 'onRetry' | 'onRemove'>
}

/** The widget for a field's type; the one place to change when the SDK's UI blocks replace them. */
export function FieldWidget({ field, uploads, ...props }: FieldWidgetProps) {
  switch (field.type) {
    case 'text': return <TextField {...props} field={field} />
    case 'number': return <NumberField {...props} field={field} />
    case 'date': return <DateField {...props} field={field} />
    case 'select': return <SelectField {...props} field={field} />
    case 'region': return <RegionField {...props} field={field} />
    case 'address': return <AddressField {...props} field={field} />
    case 'id-number': return <IdNumberField {...props} field={field} />
    case 'phone': return <PhoneField {...props} field={field} />
    case 'uscc': return <UsccField {...props} field={field} />
    case 'upload': return <UploadField field={field} error={props.error} locale={props.locale} {...uploads} />
  }
}
