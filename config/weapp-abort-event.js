// The abort event abortcontroller-polyfill makes on weapp (config/weapp-polyfills.ts).
// That ponyfill is the one module in the weapp bundle naming `Event` (the build
// refuses any other: WeappPonyfillUsersPlugin), and it reads `type` and
// `defaultPrevented` and sets `reason`. event-target-shim did the same job for
// 11.7 KB of the main package, most of it an EventTarget nothing here uses.
export class Event {
  constructor(type, init) {
    this.type = String(type)
    this.bubbles = Boolean(init && init.bubbles)
    this.cancelable = Boolean(init && init.cancelable)
    this.defaultPrevented = false
    this.timeStamp = Date.now()
  }

  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true
  }

  stopPropagation() {}

  stopImmediatePropagation() {}
}
