import { Text, View } from '@tarojs/components'
import { cx, useBlock } from '../block-kit'
import './choice-list.scss'

/** One option of a select field: the value the form keeps and the resident's words for it. */
export interface Choice<T extends string> {
  /** The value the form keeps when this option is chosen (a code, not shown). */
  value: T
  /** The option in the resident's words, as shown in the list. */
  label: string
}

interface ChoiceListProps<T extends string> {
  label: string
  options: ReadonlyArray<Choice<T>>
  value: T | null
  onChange: (value: T) => void
  invalid: boolean
}

/**
 * Every option as a large row in the page (role=radio, ● when chosen): how a
 * select field shows in elder mode, where nothing pops up. Light: View/Text.
 */
export function ChoiceList<T extends string>({ label, options, value, onChange, invalid }: ChoiceListProps<T>) {
  const { mod } = useBlock()
  return (
    <View className={cx(mod('ui-choices'), invalid && 'ui-choices--invalid')} role='radiogroup' aria-label={label}>
      {options.map((option) => {
        const chosen = option.value === value
        return (
          <View key={option.value} className={cx(mod('ui-choice'), chosen && 'ui-choice--chosen')} role='radio' aria-checked={chosen} onClick={() => onChange(option.value)}>
            <Text className={mod('ui-choice__label')}>{`${chosen ? '●' : '○'} ${option.label}`}</Text>
          </View>
        )
      })}
    </View>
  )
}
