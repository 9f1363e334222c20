import { useLocale } from '../i18n/text'
import { useCatalogue } from './catalogue-api'

/**
 * A mini-app's name in the resident's language, from the catalogue, whether or
 * not this bundle carries it (a grant or a record may name one it does not);
 * the id until the catalogue loads.
 */
export const useMiniAppName = () => {
  const locale = useLocale()
  const { data } = useCatalogue()
  return (id: string) => data?.find((entry) => entry.id === id)?.name[locale] ?? id
}
