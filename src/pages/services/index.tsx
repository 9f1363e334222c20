import { View } from '@tarojs/components'
import { CatalogueState } from '../../shell/home/catalogue-state'
import { CategoryBrowser } from '../../shell/home/category-browser'
import { SearchEntry } from '../../shell/home/search-entry'
import { useCatalogueView } from '../../shell/home/use-catalogue'
import { useElderMode } from '../../shell/mini-app/shell-facts'
import './index.scss'

export default function ServicesPage() {
  const elder = useElderMode()
  const catalogue = useCatalogueView()
  return (
    <View className={`services${elder ? ' elder' : ''}`}>
      <View className='services__search'>
        <SearchEntry />
      </View>
      <CatalogueState view={catalogue}>{(loaded) => <CategoryBrowser catalogue={loaded} />}</CatalogueState>
    </View>
  )
}
