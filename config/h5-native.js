// Stands in for polyfills Taro's H5 runtime imports for their side effect
// (whatwg-fetch, abortcontroller-polyfill-only): every browser the H5 build
// targets (package.json browserslist, docs/browser-targets.md) has fetch and
// AbortController natively, so the polyfills were dead weight on the first load.
