import type { Device } from './device'
import type { NativeView } from './view-tree'

/** A step that could not be done; its message names the step and what was on screen. */
export class JourneyError extends Error {}

const POLL_MS = 20
const WAIT_MS = 10_000

/** What a resident can see and do on the device, in its words: texts, taps, typing, the back button. */
export class Driver {
  constructor(readonly device: Device) {}

  /** The visible texts, top of the stack only. */
  texts(): string[] {
    return this.device.tree.texts()
  }

  /** Waits until `ready` holds, failing early if the device reported a problem. */
  async until(what: string, ready: () => boolean, ms = WAIT_MS): Promise<void> {
    const deadline = Date.now() + ms
    while (!ready()) {
      if (this.device.problems.length > 0) throw new JourneyError(`while waiting for ${what}, the app reported a problem`)
      if (Date.now() > deadline) throw new JourneyError(`gave up after ${ms / 1000} s waiting for ${what}; on screen: ${this.screen()}`)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  async see(text: string): Promise<void> {
    await this.until(`"${text}" to show`, () => this.device.tree.findText(text).length > 0)
  }

  /**
   * Taps the visible Text whose text is exactly `text`. When several match
   * (a page title and a button), the last drawn wins, as it lies on top.
   */
  async tap(text: string): Promise<void> {
    await this.see(text)
    const found = this.device.tree.findText(text)
    this.device.tap(found[found.length - 1].tag)
  }

  /** Types into the visible input showing `placeholder`. */
  async type(placeholder: string, text: string): Promise<void> {
    const input = () => this.device.tree.findByProps((props, view) => view.viewName === 'AndroidTextInput' && props.placeholder === placeholder)
    await this.until(`an input "${placeholder}"`, () => input().length > 0)
    this.device.type(input()[0].tag, text)
    await this.until(`"${placeholder}" to hold "${text}"`, () => input()[0]?.props.text === text || input()[0]?.props.value === text)
  }

  back(): void {
    this.device.back()
  }

  byTestId(testId: string): NativeView[] {
    return this.device.tree.findByProps((props) => props.testID === testId)
  }

  /** The visible texts, shortened for a message. */
  screen(): string {
    const texts = this.texts()
    return texts.length === 0 ? '(nothing)' : texts.map((t) => `「${t.length > 40 ? `${t.slice(0, 40)}…` : t}」`).join(' ')
  }
}
