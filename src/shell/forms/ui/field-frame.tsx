import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Locale } from './field-props'
import type { Localized } from '../../../sdk/manifest/catalogue'
import { formsTextOf } from '../renderer/forms-text'
import './fields.scss'

/** Label, hint and error around a widget, GOV.UK style: the error sits above the control it is about. */
/** What a frame shows: a field's, or a material's (whose label is its name). */
export interface Framed {
  id: string
  label: Localized
  hint?: Localized
  required: boolean
}

export function FieldFrame({ field, error, locale, children }: { field: Framed; error?: string; locale: Locale; children: ReactNode }) {
  const text = formsTextOf(locale)
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`} id={`field-${field.id}`} data-testid={`field-${field.id}`}>
      <Text className='form-field__label'>{field.label[locale]}{field.required ? '' : text.optional}</Text>
      {field.hint ? <Text className='form-field__hint'>{field.hint[locale]}</Text> : null}
      {error ? <View className='form-field__error' role='alert'>{error}</View> : null}
      {children}
    </View>
  )
}
