import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { useBlock } from '../block-kit'
import type { FormApi } from './use-form'
import './form.scss'

/** What `Form` takes: the `useForm` result and the fields. */
export interface FormProps<V> {
  /** The result of `useForm`: its messages fill the summary at the top. */
  form: FormApi<V>
  /** The fields and the submit button, in page order. */
  children: ReactNode
}

/**
 * A form's fields, with a summary of what to fix at the top after a failed
 * submit (GOV.UK's error summary), so a resident who cannot see the whole
 * page still learns why nothing happened.
 */
export function Form<V>({ form, children }: FormProps<V>) {
  const { mod, text } = useBlock()
  const messages = Object.values(form.errors).filter((m): m is string => typeof m === 'string')
  return (
    <View className='ui-form'>
      {messages.length > 0 && (
        <View className={mod('ui-form__summary')} role='alert'>
          <Text className={mod('ui-form__summary-title')}>{text.fixErrors}</Text>
          {messages.map((message) => (
            <Text key={message} className={mod('ui-form__summary-item')}>{`• ${message}`}</Text>
          ))}
        </View>
      )}
      {children}
    </View>
  )
}
