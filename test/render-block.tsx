import type { ReactElement } from 'react'
import { renderWithShell } from './render-with-shell'
import type { Locale } from '../src/shell/store/settings-slice'

/** Renders a UI block inside the shell, in elder mode (长辈版) or not, in one language. */
export const renderBlock = (ui: ReactElement, { elder = false, locale = 'zh-CN' }: { elder?: boolean; locale?: Locale } = {}) =>
  renderWithShell(ui, { preloadedState: { settings: { locale, elderMode: elder } } })
