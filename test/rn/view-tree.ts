/** One native view as UIManager was told to create it. */
export interface NativeView {
  tag: number
  viewName: string
  props: Record<string, unknown>
  children: number[]
  parent?: number
}

/**
 * The native view hierarchy rebuilt from UIManager's calls (createView,
 * updateView, setChildren, manageChildren), as Android's
 * NativeViewHierarchyManager applies them, so the check reads what a device
 * would draw: text lives in `RCTRawText` views' `text` prop.
 */
export class ViewTree {
  readonly views = new Map<number, NativeView>()
  readonly roots = new Set<number>()

  addRoot(tag: number): void {
    this.roots.add(tag)
    this.views.set(tag, { tag, viewName: 'RootView', props: {}, children: [] })
  }

  create(tag: number, viewName: string, props: Record<string, unknown> | null): void {
    this.views.set(tag, { tag, viewName, props: { ...(props ?? {}) }, children: [] })
  }

  update(tag: number, props: Record<string, unknown> | null): void {
    const view = this.require(tag, 'updateView')
    for (const [key, value] of Object.entries(props ?? {})) {
      if (value === null) delete view.props[key]
      else view.props[key] = value
    }
  }

  setChildren(tag: number, children: number[]): void {
    const view = this.require(tag, 'setChildren')
    view.children = [...children]
    children.forEach((child) => (this.require(child, 'setChildren').parent = tag))
  }

  manage(tag: number, moveFrom: number[] | null, moveTo: number[] | null, addTags: number[] | null, addAt: number[] | null, removeAt: number[] | null): void {
    const view = this.require(tag, 'manageChildren')
    const from = moveFrom ?? []
    const gone = new Set([...from, ...(removeAt ?? [])])
    const moved = from.map((i) => view.children[i])
    const kept = view.children.filter((_, i) => !gone.has(i))
    const removed = (removeAt ?? []).map((i) => view.children[i])
    const inserts: [number, number][] = [
      ...(moveTo ?? []).map((at, k): [number, number] => [at, moved[k]]),
      ...(addAt ?? []).map((at, k): [number, number] => [at, (addTags ?? [])[k]]),
    ].sort((a, b) => a[0] - b[0])
    for (const [at, child] of inserts) {
      kept.splice(at, 0, child)
      this.require(child, 'manageChildren').parent = tag
    }
    view.children = kept
    removed.forEach((child) => this.drop(child))
  }

  /** Removed views are destroyed with their subtree, as on a device. */
  drop(tag: number): void {
    const view = this.views.get(tag)
    if (!view) return
    view.children.forEach((child) => this.drop(child))
    this.views.delete(tag)
  }

  /**
   * Whether a view hides its subtree from the resident: `display: none`
   * (inactive tabs), React Navigation's `importantForAccessibility:
   * 'no-hide-descendants'` on every screen under the focused one (TalkBack
   * cannot reach them either), or a detached react-native-screens screen.
   * Opacity and transforms are not read: native-driven animations change them
   * without telling JS, so the values here would be stale.
   */
  hides(view: NativeView): boolean {
    const { display, importantForAccessibility, activityState } = view.props
    return display === 'none' || importantForAccessibility === 'no-hide-descendants' || (view.viewName === 'RNSScreen' && activityState === 0)
  }

  /** Visible views, depth first in drawing order; `visit` returning false skips a view's children. */
  walk(visit: (view: NativeView) => boolean | void, from?: number): void {
    const step = (tag: number) => {
      const view = this.views.get(tag)
      if (!view || this.hides(view)) return
      if (visit(view) !== false) view.children.forEach(step)
    }
    ;(from === undefined ? [...this.roots] : [from]).forEach(step)
  }

  /** The visible texts in drawing order; all the raw text inside one Text is one string. */
  texts(from?: number): string[] {
    const out: string[] = []
    this.walk((view) => {
      if (view.viewName !== 'RCTText') return true
      const text = this.textOf(view.tag).trim()
      if (text) out.push(text)
      return false
    }, from)
    return out
  }

  /** All the raw text under a view. */
  textOf(tag: number): string {
    const view = this.views.get(tag)
    if (!view) return ''
    if (view.viewName === 'RCTRawText') return typeof view.props.text === 'string' ? view.props.text : ''
    return view.children.map((child) => this.textOf(child)).join('')
  }

  /** Visible Text views whose whole text is `text`, innermost (nested Text spans) first. */
  findText(text: string, from?: number): NativeView[] {
    const found: NativeView[] = []
    this.walk((view) => {
      if ((view.viewName === 'RCTText' || view.viewName === 'RCTVirtualText') && this.textOf(view.tag).trim() === text) found.unshift(view)
    }, from)
    return found
  }

  /** Visible views matching a predicate on their props (an input by placeholder, a view by testID). */
  findByProps(match: (props: Record<string, unknown>, view: NativeView) => boolean, from?: number): NativeView[] {
    const found: NativeView[] = []
    this.walk((view) => {
      if (match(view.props, view)) found.push(view)
    }, from)
    return found
  }

  ancestors(tag: number): NativeView[] {
    const out: NativeView[] = []
    for (let view = this.views.get(tag); view; view = view.parent === undefined ? undefined : this.views.get(view.parent)) out.push(view)
    return out
  }

  private require(tag: number, call: string): NativeView {
    const view = this.views.get(tag)
    if (!view) throw new Error(`UIManager.${call}: no view with tag ${tag}`)
    return view
  }
}
