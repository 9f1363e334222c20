import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { useBlock } from './block-kit'
import { Button } from './button'
import './states.scss'

/** A button under a state: what the resident can do next. */
export interface StateAction {
  /** The button's words: a short verb (重试, 去办理). */
  label: string
  /** Called when the resident taps the button. */
  onClick: () => unknown
}

interface StateFrameProps {
  glyph: string
  tone: 'neutral' | 'success' | 'danger' | 'info'
  title: string
  description?: ReactNode
  actions?: StateAction[]
  role?: 'alert' | 'status'
}

function StateFrame({ glyph, tone, title, description, actions = [], role }: StateFrameProps) {
  const { mod } = useBlock()
  return (
    <View className={mod('ui-state')} role={role}>
      <View className={`${mod('ui-state__badge')} ui-state__badge--${tone}`}>
        <Text className={`${mod('ui-state__glyph')} ui-state__glyph--${tone}`}>{glyph}</Text>
      </View>
      <Text className={mod('ui-state__title')}>{title}</Text>
      {typeof description === 'string' ? <Text className={mod('ui-state__description')}>{description}</Text> : description}
      {actions.map((action, i) => (
        <Button key={action.label} kind={i === 0 ? 'primary' : 'secondary'} className='ui-state__action' onClick={action.onClick}>
          {action.label}
        </Button>
      ))}
    </View>
  )
}

/** What `EmptyState` takes. */
export interface EmptyStateProps {
  /** Defaults to 暂无内容. */
  title?: string
  /** A line under the title: why it is empty, or what to do. */
  description?: ReactNode
  /** One button to do something about it (去办理); none when left out. */
  action?: StateAction
}

/** Nothing to show yet (no cases, no orders), and what to do about it. Light: View/Text + Sass. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  const { text } = useBlock()
  return <StateFrame glyph='○' tone='neutral' title={title ?? text.empty} description={description} actions={action ? [action] : []} />
}

/** What `ErrorState` takes. */
export interface ErrorStateProps {
  /** The residents' words for what went wrong (see `useErrorMessage`); defaults to a general one. */
  message?: string
  /** Offers a retry button with this label. */
  retry?: StateAction
}

/** Something failed; says so in words (role=alert) and offers a retry. Light: View/Text + Sass. */
export function ErrorState({ message, retry }: ErrorStateProps) {
  const { text } = useBlock()
  return <StateFrame glyph='!' tone='danger' title={message ?? text.error} actions={retry ? [retry] : []} role='alert' />
}

/** How a transaction ended: done, not done, or still in progress. */
export type ResultStatus = 'success' | 'failure' | 'pending'

/** What `ResultState` takes. */
export interface ResultStateProps {
  /** How it ended: success, failure or pending; picks the mark, colour and default title. */
  status: ResultStatus
  /** Defaults to 办理成功 / 办理失败 / 正在处理. */
  title?: string
  /** What happens next, a reference number. */
  description?: ReactNode
  /** The first is the main action. */
  actions?: StateAction[]
}

const RESULT = {
  success: { glyph: '✓', tone: 'success' },
  failure: { glyph: '✕', tone: 'danger' },
  pending: { glyph: '…', tone: 'info' },
} as const

/** The end of a transaction: done, not done or still in progress, and what next. Light: View/Text + Sass. */
export function ResultState({ status, title, description, actions }: ResultStateProps) {
  const { text } = useBlock()
  const { glyph, tone } = RESULT[status]
  return <StateFrame glyph={glyph} tone={tone} title={title ?? text.results[status]} description={description} actions={actions} role='status' />
}
