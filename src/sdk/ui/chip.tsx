import { Text, View } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import './chip.scss'

/** What `Chip` takes: a controlled on/off choice. */
export interface ChipProps {
  /** The choice in the resident's words: short, one or two words. */
  label: string
  /** Whether the choice is on now (shown with a ✓); the page keeps this state. */
  selected: boolean
  /** Called with the new state when the resident taps the chip. */
  onChange: (selected: boolean) => void
  /** Greys the chip out and ignores taps: the choice is not available now. Default false. */
  disabled?: boolean
  /** Extra layout classes from the page (margins, a row of chips). */
  className?: string
}

/**
 * A choice the resident turns on or off (a filter, one of several answers).
 * A selected chip shows a ✓ as well as its colour, so colour is never the
 * only signal. Light: View/Text + Sass.
 */
export function Chip({ label, selected, onChange, disabled, className }: ChipProps) {
  const { mod } = useBlock()
  const state = disabled ? 'disabled' : selected ? 'selected' : 'idle'
  return (
    <View
      className={cx(mod('ui-chip'), `ui-chip--${state}`, className)}
      role='checkbox'
      aria-checked={selected}
      aria-disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onChange(!selected)
      }}
    >
      <Text className={cx(mod('ui-chip__label'), `ui-chip__label--${state}`)}>{selected ? `✓ ${label}` : label}</Text>
    </View>
  )
}

/** A tag's colour family. */
export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

/** What `Tag` takes. */
export interface TagProps {
  /** The status in words (已办结): the colour alone must never carry it. */
  children: string
  /** The colour family; the words must say the status too. */
  tone?: TagTone
  /** Extra layout classes from the page (margins). */
  className?: string
}

/** A short status label (已办结, 待缴费). Light: View/Text + Sass. */
export function Tag({ children, tone = 'neutral', className }: TagProps) {
  const { mod } = useBlock()
  return (
    <View className={cx(mod('ui-tag'), `ui-tag--${tone}`, className)}>
      <Text className={cx(mod('ui-tag__label'), `ui-tag__label--${tone}`)}>{children}</Text>
    </View>
  )
}
