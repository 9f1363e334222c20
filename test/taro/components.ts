/**
 * `@tarojs/components` under Jest (mapped in test/jest.config.js): the stand-ins
 * in ./stand-ins. A component without one fails the test that renders it,
 * naming the component and where to add it, instead of React's bare
 * "Element type is invalid … got: undefined".
 */
import * as standIns from './stand-ins'

const all: Record<string, unknown> = { ...standIns, ...standIns.containerStandIns, __esModule: true }

const missingStandIn = (name: string): Error =>
  new Error(`@tarojs/components has no Jest stand-in for <${name}>: add one in test/taro/stand-ins/ (index.tsx lists them)`)

module.exports = new Proxy(all, {
  get(target, key) {
    // Components are PascalCase; anything else (__esModule, then, symbols) is a module-system probe.
    if (typeof key === 'string' && /^[A-Z]/.test(key) && !(key in target)) throw missingStandIn(key)
    return Reflect.get(target, key)
  },
})
