import type { NativeModuleStub } from '../bridge'
import type { ViewTree } from '../view-tree'
import { fireAndForget, sync, withCallbacks, type NativeHost } from './host'
import { SCREEN } from './platform'
import { VIEW_MANAGERS, viewManagerConfig } from './view-managers'

/** Android's default touch and layout events (UIManagerModuleConstants). */
const bubbling = (name: string) => ({ phasedRegistrationNames: { bubbled: name, captured: `${name}Capture` } })
const DEFAULT_EVENT_TYPES = {
  bubblingEventTypes: {
    topChange: bubbling('onChange'),
    topSelect: bubbling('onSelect'),
    topTouchStart: bubbling('onTouchStart'),
    topTouchMove: bubbling('onTouchMove'),
    topTouchEnd: bubbling('onTouchEnd'),
    topTouchCancel: bubbling('onTouchCancel'),
  },
  directEventTypes: {
    topLayout: { registrationName: 'onLayout' },
    topAccessibilityAction: { registrationName: 'onAccessibilityAction' },
  },
}

/**
 * UIManagerModule: records the view hierarchy into `tree`, answers
 * measurements with the whole screen (there is no layout engine here), and
 * records every view manager the bundle asks for that the device would lack.
 */
export const uiManager = (host: NativeHost, tree: ViewTree, missingViews: Set<string>): NativeModuleStub => {
  const frame = [0, 0, SCREEN.width, SCREEN.height]
  const guarded = (call: string, run: () => void) => {
    try {
      run()
    } catch (e: unknown) {
      host.problem(`UIManager.${call}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  return {
    constants: { ViewManagerNames: VIEW_MANAGERS, LazyViewManagersEnabled: true },
    methods: {
      getConstantsForViewManager: sync((name: string) => {
        const config = viewManagerConfig(name)
        if (!config) missingViews.add(name)
        return config
      }),
      getDefaultEventTypes: sync(() => DEFAULT_EVENT_TYPES),
      createView: fireAndForget((tag: number, name: string, _root: number, props: Record<string, unknown>) =>
        guarded('createView', () => tree.create(tag, name, props)),
      ),
      updateView: fireAndForget((tag: number, _name: string, props: Record<string, unknown>) => guarded('updateView', () => tree.update(tag, props))),
      setChildren: fireAndForget((tag: number, children: number[]) => guarded('setChildren', () => tree.setChildren(tag, children))),
      manageChildren: fireAndForget((tag: number, moveFrom: number[], moveTo: number[], addTags: number[], addAt: number[], removeAt: number[]) =>
        guarded('manageChildren', () => tree.manage(tag, moveFrom, moveTo, addTags, addAt, removeAt)),
      ),
      removeRootView: fireAndForget((tag: number) => tree.drop(tag)),
      measure: withCallbacks(1, (_args, [done]) => done(...frame, 0, 0)),
      measureInWindow: withCallbacks(1, (_args, [done]) => done(...frame)),
      measureLayout: withCallbacks(2, (_args, [, done]) => done(...frame)),
      measureLayoutRelativeToParent: withCallbacks(2, (_args, [, done]) => done(...frame)),
      findSubviewIn: withCallbacks(1, (args, [done]) => done(args[0], ...frame)),
      viewIsDescendantOf: withCallbacks(1, (args, [done]) => done(tree.ancestors(args[0] as number).some((v) => v.tag === args[1]))),
      setJSResponder: fireAndForget(),
      clearJSResponder: fireAndForget(),
      dispatchViewManagerCommand: fireAndForget(),
      configureNextLayoutAnimation: withCallbacks(2, (_args, [done]) => done()),
      setLayoutAnimationEnabledExperimental: fireAndForget(),
      sendAccessibilityEvent: fireAndForget(),
      focus: fireAndForget(),
      blur: fireAndForget(),
    },
  }
}
