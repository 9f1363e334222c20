/**
 * The view managers a Taro React Native 0.73 shell registers: React Native's
 * own (MainReactPackage) and those of the native libraries Taro's RN runtime
 * needs (react-native-screens, react-native-safe-area-context,
 * react-native-gesture-handler). A bundle asking for any other view fails the
 * check, because a device without that native library would crash the same way.
 */
export const VIEW_MANAGERS = [
  'RCTView',
  'RCTText',
  'RCTRawText',
  'RCTVirtualText',
  'RCTTextInlineImage',
  'RCTImageView',
  'RCTScrollView',
  'AndroidHorizontalScrollView',
  'AndroidHorizontalScrollContentView',
  'AndroidTextInput',
  'AndroidSwitch',
  'AndroidProgressBar',
  'AndroidSwipeRefreshLayout',
  'AndroidDrawerLayout',
  'RCTModalHostView',
  'RNSScreen',
  'RNSScreenContainer',
  'RNSScreenNavigationContainer',
  'RNSScreenStack',
  'RNSScreenStackHeaderConfig',
  'RNSScreenStackHeaderSubview',
  'RNCSafeAreaProvider',
  'RNCSafeAreaView',
  'RNGestureHandlerRootView',
]

/**
 * Props every view manager accepts here. A device knows each manager's exact
 * props (its @ReactProp setters); this check only needs the ones it reads
 * back (text, testID, accessibility) to reach the tree, and style goes
 * through React Native's own style attribute table either way.
 */
const NATIVE_PROPS = [
  'text',
  'testID',
  'nativeID',
  'accessible',
  'accessibilityLabel',
  'accessibilityHint',
  'accessibilityRole',
  'accessibilityState',
  'accessibilityValue',
  'accessibilityActions',
  'accessibilityLiveRegion',
  'importantForAccessibility',
  'collapsable',
  'pointerEvents',
  'hitSlop',
  'onLayout',
  'removeClippedSubviews',
  'renderToHardwareTextureAndroid',
  'needsOffscreenAlphaCompositing',
  'focusable',
  'numberOfLines',
  'ellipsizeMode',
  'selectable',
  'selectionColor',
  'disabled',
  'src',
  'source',
  'defaultSrc',
  'loadingIndicatorSrc',
  'resizeMode',
  'fadeDuration',
  'placeholder',
  'placeholderTextColor',
  'value',
  'defaultValue',
  'mostRecentEventCount',
  'editable',
  'maxLength',
  'keyboardType',
  'secureTextEntry',
  'multiline',
  'autoFocus',
  'returnKeyType',
  'enabled',
  'on',
  'refreshing',
  'horizontal',
  'scrollEnabled',
  'showsVerticalScrollIndicator',
  'showsHorizontalScrollIndicator',
  'contentOffset',
  'pagingEnabled',
  'visible',
  'animationType',
  'transparent',
  'hardwareAccelerated',
  'statusBarTranslucent',
  'activityState',
  'stackPresentation',
  'stackAnimation',
  'gestureEnabled',
  'title',
  'hidden',
  'edges',
  'mode',
]

const bubbling = (...names: string[]) =>
  Object.fromEntries(names.map((name) => [`top${name}`, { phasedRegistrationNames: { bubbled: `on${name}`, captured: `on${name}Capture` } }]))
const direct = (...names: string[]) => Object.fromEntries(names.map((name) => [`top${name}`, { registrationName: `on${name}` }]))

/** The events each manager exports beyond UIManager's defaults (touches, change, layout), from their Android view managers. */
const EVENTS: Record<string, { bubblingEventTypes?: object; directEventTypes?: object }> = {
  AndroidTextInput: {
    bubblingEventTypes: bubbling('Blur', 'EndEditing', 'Focus', 'KeyPress', 'SubmitEditing', 'TextInput'),
    directEventTypes: direct('Scroll', 'ContentSizeChange', 'SelectionChange'),
  },
  RCTScrollView: { directEventTypes: direct('Scroll', 'MomentumScrollBegin', 'MomentumScrollEnd', 'ScrollBeginDrag', 'ScrollEndDrag') },
  AndroidHorizontalScrollView: { directEventTypes: direct('Scroll', 'MomentumScrollBegin', 'MomentumScrollEnd', 'ScrollBeginDrag', 'ScrollEndDrag') },
  RCTImageView: { directEventTypes: direct('LoadStart', 'Load', 'LoadEnd', 'Error', 'Progress') },
  RCTModalHostView: { directEventTypes: direct('RequestClose', 'Show', 'Dismiss', 'OrientationChange') },
  RNCSafeAreaProvider: { directEventTypes: direct('InsetsChange') },
}

export const viewManagerConfig = (name: string): Record<string, unknown> | null => {
  if (!VIEW_MANAGERS.includes(name)) return null
  return {
    NativeProps: Object.fromEntries(NATIVE_PROPS.map((prop) => [prop, 'String'])),
    bubblingEventTypes: EVENTS[name]?.bubblingEventTypes ?? {},
    directEventTypes: EVENTS[name]?.directEventTypes ?? {},
    Commands: {},
    Constants: {},
  }
}
