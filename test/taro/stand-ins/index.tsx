/**
 * Light DOM stand-ins for every component `@tarojs/components` exports, under
 * Jest. Layout and platform components render as a plain element with the
 * props tests rely on; form controls behave as on H5 (see form.tsx and
 * picker.tsx). components.test.ts checks that none is missing.
 */
import { createElement, Fragment } from 'react'
import { standIn, toDomProps, type Props } from './shared'

export { Button, Checkbox, CheckboxGroup, Form, Input, Label, Radio, RadioGroup, Slider, Switch, Textarea } from './form'
export { Picker, PickerView, PickerViewColumn } from './picker'

export const View = standIn('div', 'View')
export const Text = standIn('span', 'Text')
export const Span = standIn('span', 'Span')
export const Image = standIn('img', 'Image')
export const CoverImage = standIn('img', 'CoverImage')
export const Icon = standIn('i', 'Icon')
export const Canvas = standIn('canvas', 'Canvas')
export const Audio = standIn('audio', 'Audio')
export const Video = standIn('video', 'Video')
export const WebView = standIn('iframe', 'WebView')

/** Block groups children without an element of its own. */
export const Block = ({ children }: Props) => createElement(Fragment, null, children)

export const Navigator = ({ children, url, ...props }: Props) => createElement('a', { ...toDomProps(props), href: url }, children)
export const Progress = ({ percent = 0, ...props }: Props) => createElement('progress', { ...toDomProps(props), value: percent, max: 100 })
/** RichText's string nodes are HTML, as on H5. */
export const RichText = ({ nodes, ...props }: Props) =>
  createElement('div', { ...toDomProps(props), dangerouslySetInnerHTML: { __html: typeof nodes === 'string' ? nodes : '' } })

const containers = [
  'CoverView', 'ScrollView', 'Swiper', 'SwiperItem', 'MovableArea', 'MovableView', 'PageContainer', 'RootPortal', 'MatchMedia',
  'AnimationView', 'KeyboardAccessory', 'Editor', 'GridView', 'GridBuilder', 'ListView', 'ListBuilder', 'ShareElement', 'Snapshot',
  'StickyHeader', 'StickySection', 'OpenContainer', 'DraggableSheet', 'NestedScrollHeader', 'NestedScrollBody', 'List', 'ListItem',
  'FunctionalPageNavigator', 'NavigationBar', 'Tabs', 'Tabbar', 'TabbarItem', 'Camera', 'ArCamera', 'ChannelLive', 'ChannelVideo',
  'LivePlayer', 'LivePusher', 'AnimationVideo', 'VoipRoom', 'Lottie', 'RtcRoom', 'RtcRoomItem', 'Map', 'Ad', 'AwemeData', 'AdCustom',
  'OfficialAccount', 'OpenData', 'FollowSwan', 'InlinePaymentPanel', 'Lifestyle', 'Login', 'PageMeta', 'CommentDetail', 'CommentList',
  'Like', 'ContactButton', 'CustomWrapper', 'Slot', 'NativeSlot', 'Script', 'PullToRefresh', 'OpenEmbeddedAtomicservice',
  'DoubleTapGestureHandler', 'ForcePressGestureHandler', 'HorizontalDragGestureHandler', 'LongPressGestureHandler',
  'PanGestureHandler', 'ScaleGestureHandler', 'TapGestureHandler', 'VerticalDragGestureHandler',
] as const

/** Platform and layout components with no behaviour a test drives: a `div` named by `data-taro`. */
export const containerStandIns: Record<(typeof containers)[number], ReturnType<typeof standIn>> = Object.fromEntries(
  containers.map((name) => [name, standIn('div', name, () => ({ 'data-taro': name }))]),
) as never
