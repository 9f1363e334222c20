/**
 * Browser APIs that code in the weapp bundle uses but WeChat's logic layer
 * lacks, each mapped to the smallest well-kept ponyfill. webpack's
 * ProvidePlugin substitutes the ponyfill only in the modules that name the
 * free global, and only in the weapp build: H5 keeps the browser's own.
 * docs/weapp-runtime.md records where each fact comes from; the weapp
 * runtime check (`npm run test:weapp`) fails if one is missing.
 */
export const WEAPP_PONYFILLS: Record<string, string | [module: string, exportName: string]> = {
  // Redux Toolkit 2's createAsyncThunk (under every RTK Query request) calls `new AbortController()`.
  AbortController: ['abortcontroller-polyfill/dist/cjs-ponyfill.js', 'AbortController'],
  AbortSignal: ['abortcontroller-polyfill/dist/cjs-ponyfill.js', 'AbortSignal'],
  // The polyfill builds its abort event with `new Event('abort')` and otherwise falls back to
  // `document.createEvent`, which in a Taro weapp build is Taro's DOM shim, whose events have no
  // initEvent: aborting a request (a page closed mid-request) then threw. A standard Event fixes it.
  Event: ['event-target-shim', 'Event'],
  // Redux Toolkit's autoBatchEnhancer queues notifications with queueMicrotask when asked for `tick` batching.
  queueMicrotask: 'queue-microtask',
}
