import { useElderMode } from '../../shell/mini-app/shell-facts'
import { useText } from '../../shell/i18n/text'
import type { LocaleText } from '../../locales/zh-CN'

/** The blocks' own words (确定, 取消, 请选择 …) in the resident's language. */
export type UiText = LocaleText['ui']

/** Joins class names, skipping the false ones. */
export const cx = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(' ')

/**
 * What every block reads from the shell: elder mode and its own words. Elder
 * mode is a class modifier (`--elder`), not a context of styles, because the
 * same stylesheet serves weapp, H5 and RN.
 */
export const useBlock = (): { elder: boolean; text: UiText; mod: (base: string) => string } => {
  const elder = useElderMode()
  const text = useText().ui
  return { elder, text, mod: (base: string) => cx(base, elder && `${base}--elder`) }
}
