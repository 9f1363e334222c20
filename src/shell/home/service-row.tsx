import { Text, View } from '@tarojs/components'
import type { Range } from '../search'
import type { CatalogueService } from '../catalogue'
import { useLocale, useText } from '../i18n/text'
import { useListing } from '../remote-config/remote-config-api'
import { focusable } from '../ui/focusable'
import './service-row.scss'

/** Splits a name into plain and matched parts; highlight ranges index the zh-CN name. */
const parts = (name: string, ranges: readonly Range[]): { text: string; hit: boolean }[] => {
  const out: { text: string; hit: boolean }[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: name.slice(at, start), hit: false })
    out.push({ text: name.slice(start, end), hit: true })
    at = end
  }
  if (at < name.length) out.push({ text: name.slice(at), hit: false })
  return out
}

interface ServiceRowProps {
  service: CatalogueService
  onOpen: (service: CatalogueService) => void
  highlight?: readonly Range[]
  /** A second line, e.g. the department or where else it is offered. */
  note?: string
}

/** One service as a tappable row: its name (matches marked, not by colour alone) and its kind. */
export function ServiceRow({ service, onOpen, highlight = [], note }: ServiceRowProps) {
  const text = useText()
  const locale = useLocale()
  const name = service.name[locale]
  // Highlights index the Chinese name; in English show the name plainly.
  const shown = locale === 'zh-CN' ? parts(name, highlight) : [{ text: name, hit: false }]
  const listing = useListing(service.id)
  if (listing.hidden) return null
  const shownNote = listing.pausedNote ?? note
  return (
    <View {...focusable} className='service-row' role='link' onClick={() => onOpen(service)} data-testid={`service-${service.id}`}>
      <View className='service-row__main'>
        <Text className='service-row__name'>
          {shown.map((p, i) => (p.hit ? <Text key={i} className='service-row__hit'>{p.text}</Text> : p.text))}
        </Text>
        {shownNote && <Text className='service-row__note'>{shownNote}</Text>}
      </View>
      <Text className='service-row__kind'>{text.catalogue.kinds[service.kind]}</Text>
    </View>
  )
}
