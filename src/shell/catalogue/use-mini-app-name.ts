import { useLocale } from '../i18n/text'
import { useAvailableMiniApps } from './catalogue-api'

/** A mini-app's name in the resident's language, from the catalogue; the id until it loads. */
export const useMiniAppName = () => {
  const locale = useLocale()
  const { data } = useAvailableMiniApps()
  return (id: string) => data?.find((entry) => entry.id === id)?.name[locale] ?? id
}
