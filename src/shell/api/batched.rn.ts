import { unstable_batchedUpdates } from 'react-native'

/**
 * React Native 0.73 on the old architecture renders a legacy root, so a store
 * update outside a touch handler re-renders inside the dispatch. RTK Query's
 * `resetApiState` aborts the queries running once its reducers are done; a
 * page that re-subscribed during that re-render has just started its query
 * again, so it is aborted too and stays failed ("AbortError: Aborted"), as
 * the RN runtime check found Home's catalogue after sign-in. Batching defers
 * the re-render until the dispatch, abort included, is over.
 */
export const batched = (update: () => void): void => unstable_batchedUpdates(update)
