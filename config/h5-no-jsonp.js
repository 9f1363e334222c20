// Stands in for jsonp-retry, which Taro's H5 `Taro.request` imports for its
// `jsonp` option (3.7 KB gzip on the first load). Nothing here uses JSONP: the
// shell reaches the network only through src/shell/platform (lint refuses
// Taro.request elsewhere) and mini-apps only through the SDK, both JSON over
// HTTPS. Asking for JSONP fails loudly rather than silently sending nothing.
export default function jsonpUnavailable(url) {
  return Promise.reject(new Error(`JSONP is not available in this app (asked for ${url}); use an HTTPS JSON endpoint`))
}
