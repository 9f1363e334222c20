import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import ConfigProvider from '@nutui/nutui-react-taro/dist/es/packages/configprovider/index'
import '@nutui/nutui-react-taro/dist/es/packages/configprovider/style/css'
import nutEn from '@nutui/nutui-react-taro/dist/es/locales/en-US'
import nutZh from '@nutui/nutui-react-taro/dist/es/locales/zh-CN'
import { useLocale } from '../../shell/i18n/text'
import { useBlock } from './block-kit'
import { colours, scaleFor } from './theme/tokens'

/**
 * NutUI's `--nutui-*` variables from our tokens. Inline styles skip
 * pxtransform, so sizes go through `Taro.pxTransform` (rpx on weapp, rem on H5).
 * Item heights stay NutUI's: its picker reads that variable as CSS px on H5.
 */
export const nutuiTheme = (elder: boolean): Record<string, string> => {
  const s = scaleFor(elder)
  const px = (n: number) => Taro.pxTransform(n)
  return {
    nutuiColorPrimary: colours.primary,
    nutuiColorTitle: colours.text,
    nutuiColorText: colours.text,
    nutuiFontSizeBase: px(s.fontBody),
    nutuiFontSizeL: px(s.fontBody),
    nutuiFontSizeXl: px(s.fontTitle),
    nutuiToastInnerBgColor: colours.text,
    nutuiToastFontColor: colours.surface,
    nutuiToastTextFontSize: px(s.fontBody),
    nutuiToastTitleFontSize: px(s.fontTitle),
    nutuiDialogHeaderFontSize: px(s.fontTitle),
    nutuiDialogContentLineHeight: px(s.lineBody),
    nutuiPickerItemTextFontSize: px(s.fontBody),
    nutuiPickerTitleOkFontSize: px(s.fontBody),
    nutuiPickerTitleCancelFontSize: px(s.fontBody),
    nutuiPopupTitleFontSize: px(s.fontTitle),
  }
}

/** Wraps one NutUI component in our theme and words (its 确认 becomes our 确定). */
export function NutTheme({ children }: { children: ReactNode }) {
  const { elder, text } = useBlock()
  const base = useLocale() === 'en' ? nutEn : nutZh
  return (
    <ConfigProvider theme={nutuiTheme(elder)} locale={{ ...base, confirm: text.confirm, cancel: text.cancel }}>
      {children}
    </ConfigProvider>
  )
}
