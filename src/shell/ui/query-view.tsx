import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { isApiError } from '../api/errors'
import { describeApiError, useText } from '../i18n/text'
import './query-view.scss'
import { ActionButton } from './action-button'

/** What `QueryView` reads of a query: an RTK Query hook's result fits. */
export interface QueryLike<T> {
  /** The data, once loaded. */
  data?: T
  /** The error of the last attempt, if it failed. */
  error?: unknown
  /** True during the first load. */
  isLoading: boolean
  /** True during any load, the first or a refetch. */
  isFetching?: boolean
  /** Tries again (the retry button). */
  refetch: () => unknown
}

interface QueryViewProps<T> {
  query: QueryLike<T>
  children: (data: T) => ReactNode
  /** Shown instead of the children when the data is an empty list. */
  empty?: ReactNode
}

/**
 * Loading, failure with a retry, empty and loaded states for one query, so no
 * page ever shows a blank screen when the network misbehaves.
 */
export function QueryView<T>({ query, children, empty }: QueryViewProps<T>) {
  const text = useText()
  if (query.error !== undefined && !query.isFetching) {
    const message = isApiError(query.error) ? describeApiError(query.error, text) : text.errors.server
    return (
      <View className='query-view__error' role='alert'>
        <Text className='query-view__message'>{message}</Text>
        <ActionButton className='query-view__retry' onClick={() => query.refetch()}>
          {text.query.retry}
        </ActionButton>
      </View>
    )
  }
  if (query.data === undefined) {
    return (
      <View className='query-view__loading' aria-busy='true'>
        <Text className='query-view__message'>{text.query.loading}</Text>
      </View>
    )
  }
  if (Array.isArray(query.data) && query.data.length === 0) {
    return <View className='query-view__empty'>{empty ?? <Text className='query-view__message'>{text.query.empty}</Text>}</View>
  }
  return <>{children(query.data)}</>
}
